package io.github.equalityframework.model;

import io.github.equalityframework.model.Reading.NotADate;
import io.github.equalityframework.model.Reading.Span;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of two calendar periods: "from June 2023 to December 2023", "June–December 2023", "between June
 * and December 2023", "2023/24 - 2024/25". It runs from the first day of the first to the last day of the
 * second; when only the second has a year, the first is in that year, or the year before when its month
 * comes later ("November to February 2024").
 */
final class Ranges {
    private static final Pattern FROM = Pattern.compile("(?:from|starting|beginning) (.+)");
    private static final Pattern BETWEEN = Pattern.compile("between (.+)");
    /** Words and spaced dashes part a range before bare hyphens do: "Mar-24 - Jun-24" is March to June. */
    private static final List<Pattern> TO =
            List.of(Pattern.compile(" (?:to|until|till|through|thru) | - "), Pattern.compile(" ?- ?"));

    private static final List<Pattern> AND = List.of(Pattern.compile(" and | ?& ?"));
    private static final Pattern START_OF = Pattern.compile("^(?:the )?(?:start|beginning) of ");
    private static final Pattern END_OF = Pattern.compile("^(?:the )?end of ");

    private Ranges() {}

    /**
     * The range the words name, or why it is none. Where the words split into two periods in more than one
     * way with different results, they are not read: a guess could be wrong.
     */
    static Optional<Reading> read(String words) {
        Matcher between = BETWEEN.matcher(words);
        if (between.matches()) {
            return split(between.group(1), AND);
        }
        Matcher from = FROM.matcher(words);
        return split(from.matches() ? from.group(1) : words, TO);
    }

    private static Optional<Reading> split(String words, List<Pattern> separators) {
        for (Pattern separator : separators) {
            Set<Reading> readings = new LinkedHashSet<>();
            Matcher m = separator.matcher(words);
            while (m.find()) {
                pair(words.substring(0, m.start()), words.substring(m.end())).ifPresent(readings::add);
            }
            if (!readings.isEmpty()) {
                return readings.size() == 1 ? Optional.of(readings.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading> pair(String firstWords, String lastWords) {
        String first = START_OF.matcher(firstWords).replaceFirst("");
        Optional<Reading> last = CalendarPeriods.read(END_OF.matcher(lastWords).replaceFirst(""));
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reading> start = CalendarPeriods.read(first);
        if (start.isEmpty()) {
            start = inferYear(first, last.get());
        }
        return start.map(s -> join(s, last.get()));
    }

    /** "November" before "February 2024" is November 2023; "June" before "December 2023" is June 2023. */
    private static Optional<Reading> inferYear(String first, Reading last) {
        Optional<CalendarPeriods.WithoutYear> withoutYear = CalendarPeriods.withoutYear(first);
        if (withoutYear.isEmpty()) {
            return Optional.empty();
        }
        if (last instanceof NotADate) {
            return Optional.of(last);
        }
        Span lastSpan = (Span) last;
        YearMonth month = YearMonth.from(lastSpan.end());
        if (!month.equals(YearMonth.from(lastSpan.start()))) {
            return Optional.empty(); // only a named day or month lends its year
        }
        int year = month.getYear() - (withoutYear.get().month() > month.getMonthValue() ? 1 : 0);
        return Optional.of(withoutYear.get().in(year));
    }

    private static Reading join(Reading first, Reading last) {
        if (first instanceof NotADate) {
            return first;
        }
        if (last instanceof NotADate) {
            return last;
        }
        Span from = (Span) first;
        Span to = (Span) last;
        if (to.end().isBefore(from.start())) {
            return new NotADate("the range ends on " + CalendarPeriods.name(to.end()) + ", before it starts on "
                    + CalendarPeriods.name(from.start()));
        }
        return new Span(from.start(), to.end());
    }
}
