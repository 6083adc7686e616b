package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reads the timescale an action plan states in words, such as "by March 2025", as a due date.
 *
 * <p>Understood, in any case, with an optional leading "by", "end of", "by the end of": a month and year
 * ("March 2025", "Sept 2025") is the last day of that month; a day, month and year ("31 March 2025",
 * "1st May 2025") is that day; an ISO date ("2025-03-31") is that date. Anything else ("summer 2025",
 * "2025/26", "ongoing") has no date and is kept as text only.
 */
@API(status = STABLE, since = "0.1")
public final class Timescale {
    private static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final Pattern LEAD = Pattern.compile("^(by\\s+)?((the\\s+)?end\\s+of\\s+)?");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?([a-z]+)\\.?,?\\s+(\\d{4})");

    private Timescale() {}

    /** The date a timescale stands for, or empty when the text names no single month or day. */
    public static Optional<LocalDate> resolve(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String words = LEAD.matcher(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .replaceFirst("");
        try {
            return Optional.of(LocalDate.parse(words));
        } catch (DateTimeParseException notIso) {
            // fall through to words
        }
        Matcher m = MONTH_YEAR.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = month(m.group(2));
        if (month == 0) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(3)), month);
        if (m.group(1) == null) {
            return Optional.of(yearMonth.atEndOfMonth());
        }
        try {
            return Optional.of(yearMonth.atDay(Integer.parseInt(m.group(1))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** 1 to 12 for a month's name or its abbreviation of three or more letters ("sep", "sept"); 0 otherwise. */
    private static int month(String word) {
        if (word.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(word)) {
                return i + 1;
            }
        }
        return 0;
    }
}
