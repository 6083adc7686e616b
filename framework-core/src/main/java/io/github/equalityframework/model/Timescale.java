package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Interim reader of timescales in words (months and ISO dates only); replaced by the full reader. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Timescale {
    public enum Kind {
        DATED,
        RELATIVE,
        OPEN_ENDED,
        UNREADABLE,
        IMPOSSIBLE
    }

    public static final String FORMS = "a date (31 March 2024, 2024-03-31) or a month (March 2024)";

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
    private static final Pattern RELATIVE_MONTHS = Pattern.compile("(?:within|over the next) (\\d+) months");

    private final String text;
    private final Kind kind;
    private final LocalDate start;
    private final LocalDate end;
    private final Period length;
    private final boolean indicative;
    private final String problem;

    private Timescale(
            String text, Kind kind, LocalDate start, LocalDate end, Period length, boolean indicative, String problem) {
        this.text = text;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.length = length;
        this.indicative = indicative;
        this.problem = problem;
    }

    public static Timescale parse(String text) {
        if (text == null || text.isBlank()) {
            return new Timescale(text == null ? "" : text, Kind.UNREADABLE, null, null, null, false, null);
        }
        String words = LEAD.matcher(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .replaceFirst("");
        if (words.equals("ongoing") || words.equals("at an appropriate time") || words.equals("longer term")) {
            return new Timescale(text, Kind.OPEN_ENDED, null, null, null, false, null);
        }
        Matcher rel = RELATIVE_MONTHS.matcher(words);
        if (rel.matches()) {
            return new Timescale(
                    text, Kind.RELATIVE, null, null, Period.ofMonths(Integer.parseInt(rel.group(1))), false, null);
        }
        try {
            LocalDate d = LocalDate.parse(words);
            return new Timescale(text, Kind.DATED, d, d, null, false, null);
        } catch (DateTimeParseException notIso) {
            // words
        }
        Matcher m = MONTH_YEAR.matcher(words);
        if (!m.matches()) {
            return new Timescale(text, Kind.UNREADABLE, null, null, null, false, null);
        }
        int month = 0;
        for (int i = 0; i < MONTHS.size() && m.group(2).length() >= 3; i++) {
            if (MONTHS.get(i).startsWith(m.group(2))) {
                month = i + 1;
                break;
            }
        }
        if (month == 0) {
            return new Timescale(text, Kind.UNREADABLE, null, null, null, false, null);
        }
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), month);
        if (m.group(1) == null) {
            return new Timescale(text, Kind.DATED, ym.atDay(1), ym.atEndOfMonth(), null, false, null);
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > ym.lengthOfMonth()) {
            return new Timescale(text, Kind.IMPOSSIBLE, null, null, null, false, day + " " + ym + " is not a date");
        }
        LocalDate d = ym.atDay(day);
        return new Timescale(text, Kind.DATED, d, d, null, false, null);
    }

    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    public Optional<Period> length() {
        return Optional.ofNullable(length);
    }

    public boolean indicative() {
        return indicative;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public boolean isDated() {
        return kind == Kind.DATED;
    }

    public Timescale from(LocalDate agreedOn) {
        if (kind != Kind.RELATIVE || agreedOn == null) {
            return this;
        }
        return new Timescale(text, Kind.DATED, agreedOn, agreedOn.plus(length).minusDays(1), null, indicative, null);
    }

    public static Optional<LocalDate> resolve(String text) {
        return parse(text).end();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timescale t
                && text.equals(t.text)
                && kind == t.kind
                && Objects.equals(start, t.start)
                && Objects.equals(end, t.end)
                && Objects.equals(length, t.length)
                && indicative == t.indicative
                && Objects.equals(problem, t.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, start, end, length, indicative, problem);
    }

    @Override
    public String toString() {
        return text;
    }
}
