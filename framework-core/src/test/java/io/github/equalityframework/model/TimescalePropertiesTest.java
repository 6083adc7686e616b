package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Timescale.Kind;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of reading timescales: every way of writing a day or period reads as exactly that range;
 * a range never ends before it starts; words without a date are never given one; a period from the plan's
 * agreement, once counted, starts that day and lasts no longer than it says.
 */
class TimescalePropertiesTest {
    private static final LocalDate FIRST = LocalDate.of(CalendarPeriods.FIRST_YEAR, 1, 1);
    private static final LocalDate LAST = LocalDate.of(CalendarPeriods.LAST_YEAR - 1, 12, 31);
    private static final LocalDate RANGE_STARTS_BY = LocalDate.of(CalendarPeriods.LAST_YEAR - 6, 12, 31);

    /** A text and the range it names, worked out here by calendar arithmetic, not by the reader. */
    record Named(String text, LocalDate start, LocalDate end) {
        Named(String text, YearMonth first, YearMonth last) {
            this(text, first.atDay(1), last.atEndOfMonth());
        }

        Named written(String other) {
            return new Named(other, start, end);
        }
    }

    @Property(tries = 300)
    void everyWayOfWritingADayOrPeriodReadsAsExactlyTheRangeItNames(@ForAll("written") Named named) {
        Timescale timescale = Timescale.parse(named.text());

        assertEquals(Kind.DATED, timescale.kind(), timescale::toString);
        assertEquals(Optional.of(named.start()), timescale.start(), named::text);
        assertEquals(Optional.of(named.end()), timescale.end(), named::text);
        assertEquals(named.text(), timescale.text());
    }

    @Property(tries = 500)
    void anyTextReadsWithoutThrowingAndADatedRangeNeverEndsBeforeItStarts(@ForAll("anyText") String text) {
        Timescale timescale = Timescale.parse(text);

        assertNotNull(timescale);
        assertEquals(timescale.isDated(), timescale.start().isPresent());
        assertEquals(timescale.isDated(), timescale.end().isPresent());
        timescale
                .start()
                .ifPresent(start -> assertFalse(start.isAfter(timescale.end().orElseThrow()), text));
        assertEquals(timescale.kind() == Kind.RELATIVE, timescale.length().isPresent());
        assertEquals(timescale.kind() == Kind.IMPOSSIBLE, timescale.problem().isPresent());
        timescale.problem().ifPresent(problem -> assertFalse(problem.contains("\n"), problem));
    }

    @Property(tries = 400)
    void textWithoutADigitIsNeverGivenADate(@ForAll("textWithoutDigits") String text) {
        Timescale timescale = Timescale.parse(text);

        assertFalse(timescale.isDated(), timescale::toString);
        assertEquals(Optional.empty(), timescale.end());
        assertFalse(timescale.kind() == Kind.IMPOSSIBLE, timescale::toString);
    }

    @Property(tries = 150)
    void theLastDayOfADatedRangeWrittenAsADayReadsAsThatDay(@ForAll("written") Named named) {
        LocalDate end = Timescale.parse(named.text()).end().orElseThrow();

        for (Function<LocalDate, String> form : dayForms(end)) {
            String text = form.apply(end);
            Timescale day = Timescale.parse(text);
            assertEquals(Optional.of(end), day.start(), text);
            assertEquals(Optional.of(end), day.end(), text);
        }
    }

    @Property(tries = 200)
    void aPeriodFromThePlansAgreementStartsThatDayAndEndsWithinItsLength(
            @ForAll("relative") Relative relative, @ForAll("day") LocalDate agreedOn) {
        Timescale timescale = Timescale.parse(relative.text());
        Period length = relative.length();
        Timescale dated = timescale.from(agreedOn);

        assertEquals(Optional.of(length), timescale.length(), timescale::toString);
        assertEquals(Kind.DATED, dated.kind());
        assertEquals(Optional.of(agreedOn), dated.start());
        assertTrue(dated.end().orElseThrow().isBefore(agreedOn.plus(length).plusDays(1)), dated::toString);
        assertFalse(dated.end().orElseThrow().isBefore(agreedOn), dated::toString);
        assertEquals(relative.text(), dated.text());
    }

    // --- what is written ---

    @Provide
    Arbitrary<Named> written() {
        return Arbitraries.oneOf(
                        days(), months(), years(), financialYears(), quarters(), seasons(), partsOfYears(), ranges())
                .flatMap(TimescalePropertiesTest::styled);
    }

    @Provide
    Arbitrary<LocalDate> day() {
        return dayUntil(LAST);
    }

    /** Ranges start early enough to end by the last year read. */
    private static Arbitrary<LocalDate> dayUntil(LocalDate last) {
        return Arbitraries.longs()
                .between(FIRST.toEpochDay(), last.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private Arbitrary<YearMonth> month() {
        return day().map(YearMonth::from);
    }

    private static Arbitrary<Integer> year() {
        return Arbitraries.integers().between(CalendarPeriods.FIRST_YEAR, CalendarPeriods.LAST_YEAR - 1);
    }

    private Arbitrary<Named> days() {
        return day().flatMap(d -> Arbitraries.of(dayForms(d)).map(form -> new Named(form.apply(d), d, d)));
    }

    /** Every way of writing a day; the two-digit years only for the years they stand for (2000 to 2099). */
    private static List<Function<LocalDate, String>> dayForms(LocalDate d) {
        List<Function<LocalDate, String>> forms = new ArrayList<>(List.of(
                x -> x.toString(),
                x -> x.getYear() + "-" + x.getMonthValue() + "-" + x.getDayOfMonth(),
                x -> String.format("%02d/%02d/%d", x.getDayOfMonth(), x.getMonthValue(), x.getYear()),
                x -> x.getDayOfMonth() + "/" + x.getMonthValue() + "/" + x.getYear(),
                x -> String.format("%02d.%02d.%d", x.getDayOfMonth(), x.getMonthValue(), x.getYear()),
                x -> String.format("%02d-%02d-%d", x.getDayOfMonth(), x.getMonthValue(), x.getYear()),
                x -> x.getDayOfMonth() + " " + name(x.getMonth()) + " " + x.getYear(),
                x -> ordinal(x.getDayOfMonth()) + " " + name(x.getMonth()) + " " + x.getYear(),
                x -> ordinal(x.getDayOfMonth()) + " of " + name(x.getMonth()) + " " + x.getYear(),
                x -> x.getDayOfMonth() + " " + shortName(x.getMonth()) + " " + x.getYear(),
                x -> weekday(x) + " " + x.getDayOfMonth() + " " + name(x.getMonth()) + " " + x.getYear(),
                x -> weekday(x).substring(0, 3) + ", " + x.getDayOfMonth() + " " + name(x.getMonth()) + " "
                        + x.getYear(),
                x -> name(x.getMonth()) + " " + x.getDayOfMonth() + ", " + x.getYear(),
                x -> name(x.getMonth()) + " " + ordinal(x.getDayOfMonth()) + " " + x.getYear()));
        if (d.getYear() >= 2000 && d.getYear() <= 2099) {
            forms.add(x -> x.getDayOfMonth() + "/" + x.getMonthValue() + "/" + twoDigits(x.getYear()));
            forms.add(x -> x.getDayOfMonth() + "-" + shortName(x.getMonth()) + "-" + twoDigits(x.getYear()));
        }
        return forms;
    }

    private Arbitrary<Named> months() {
        return month().flatMap(m -> {
            List<String> forms = new ArrayList<>(List.of(
                    name(m.getMonth()) + " " + m.getYear(),
                    shortName(m.getMonth()) + " " + m.getYear(),
                    shortName(m.getMonth()) + ". " + m.getYear()));
            if (m.getMonth() == Month.SEPTEMBER) {
                forms.add("Sept " + m.getYear());
            }
            if (m.getYear() >= 2000 && m.getYear() <= 2099) {
                forms.add(shortName(m.getMonth()) + "-" + twoDigits(m.getYear()));
                if (m.getMonth() != Month.MAY) { // "May 24" could be the 24th of May, so it is not read
                    forms.add(shortName(m.getMonth()) + " " + twoDigits(m.getYear()));
                }
                forms.add(name(m.getMonth()) + " '" + twoDigits(m.getYear()));
            }
            return Arbitraries.of(forms).map(text -> new Named(text, m, m));
        });
    }

    private Arbitrary<Named> years() {
        return year().map(y -> new Named(Integer.toString(y), YearMonth.of(y, 1), YearMonth.of(y, 12)));
    }

    private Arbitrary<Named> financialYears() {
        return year().flatMap(y -> Arbitraries.of(financialYearForms(y))
                .map(text -> new Named(text, YearMonth.of(y, 4), YearMonth.of(y + 1, 3))));
    }

    private static List<String> financialYearForms(int y) {
        String shortYears = y + "/" + twoDigits(y + 1);
        return List.of(
                shortYears,
                y + "-" + twoDigits(y + 1),
                y + "/" + (y + 1),
                y + "-" + (y + 1),
                "FY " + shortYears,
                "FY" + shortYears,
                "financial year " + shortYears,
                "the financial year " + y + "-" + twoDigits(y + 1));
    }

    private Arbitrary<Named> quarters() {
        Arbitrary<Named> financial = Combinators.combine(
                        year(), Arbitraries.integers().between(1, 4))
                .flatAs((y, q) -> {
                    YearMonth first = YearMonth.of(y, 4).plusMonths(3L * (q - 1));
                    return Arbitraries.of(financialYearForms(y))
                            .flatMap(fy -> Arbitraries.of("Q" + q + " " + fy, "quarter " + q + " " + fy, fy + " Q" + q))
                            .map(text -> new Named(text, first, first.plusMonths(2)));
                });
        Arbitrary<Named> calendar = Combinators.combine(
                        year(), Arbitraries.integers().between(1, 4))
                .flatAs((y, q) -> {
                    YearMonth first = YearMonth.of(y, 1 + 3 * (q - 1));
                    return Arbitraries.of("Q" + q + " " + y, "quarter " + q + " " + y)
                            .map(text -> new Named(text, first, first.plusMonths(2)));
                });
        return Arbitraries.oneOf(financial, calendar);
    }

    private Arbitrary<Named> seasons() {
        return year().flatMap(y -> Arbitraries.of(
                new Named("spring " + y, YearMonth.of(y, 3), YearMonth.of(y, 5)),
                new Named("summer " + y, YearMonth.of(y, 6), YearMonth.of(y, 8)),
                new Named("the summer of " + y, YearMonth.of(y, 6), YearMonth.of(y, 8)),
                new Named("autumn " + y, YearMonth.of(y, 9), YearMonth.of(y, 11)),
                new Named("fall " + y, YearMonth.of(y, 9), YearMonth.of(y, 11)),
                new Named("winter " + y, YearMonth.of(y, 12), YearMonth.of(y + 1, 2)),
                new Named("winter " + y + "/" + twoDigits(y + 1), YearMonth.of(y, 12), YearMonth.of(y + 1, 2)),
                new Named("winter " + y + "-" + (y + 1), YearMonth.of(y, 12), YearMonth.of(y + 1, 2))));
    }

    private Arbitrary<Named> partsOfYears() {
        return year().flatMap(y -> Arbitraries.of(
                new Named("early " + y, YearMonth.of(y, 1), YearMonth.of(y, 4)),
                new Named("mid " + y, YearMonth.of(y, 5), YearMonth.of(y, 8)),
                new Named("mid-" + y, YearMonth.of(y, 5), YearMonth.of(y, 8)),
                new Named("late " + y, YearMonth.of(y, 9), YearMonth.of(y, 12)),
                new Named("first half of " + y, YearMonth.of(y, 1), YearMonth.of(y, 6)),
                new Named("H1 " + y, YearMonth.of(y, 1), YearMonth.of(y, 6)),
                new Named("second half of " + y, YearMonth.of(y, 7), YearMonth.of(y, 12)),
                new Named("H2 " + y, YearMonth.of(y, 7), YearMonth.of(y, 12))));
    }

    /** Two months in order, or two days in order, written as a range in each way a range is written. */
    private Arbitrary<Named> ranges() {
        Arbitrary<Named> months = Combinators.combine(
                        dayUntil(RANGE_STARTS_BY).map(YearMonth::from),
                        Arbitraries.integers().between(0, 30))
                .flatAs((first, more) -> {
                    YearMonth last = first.plusMonths(more);
                    String from = name(first.getMonth()) + " " + first.getYear();
                    String to = name(last.getMonth()) + " " + last.getYear();
                    List<String> forms = new ArrayList<>(List.of(
                            "from " + from + " to " + to,
                            "from " + from + " until " + to,
                            "between " + from + " and " + to,
                            from + " to " + to,
                            from + "-" + to,
                            shortName(first.getMonth()) + " " + first.getYear() + " - " + shortName(last.getMonth())
                                    + " " + last.getYear()));
                    if (more < 12) { // the year of the first month follows from the second
                        String firstMonth = name(first.getMonth());
                        forms.addAll(List.of(
                                firstMonth + "-" + to,
                                firstMonth + " to " + to,
                                "between " + firstMonth + " and " + to,
                                "from " + firstMonth + " to " + to));
                    }
                    return Arbitraries.of(forms).map(text -> new Named(text, first, last));
                });
        Arbitrary<Named> days = Combinators.combine(
                        dayUntil(RANGE_STARTS_BY), Arbitraries.integers().between(0, 400))
                .as((first, more) -> {
                    LocalDate last = first.plusDays(more);
                    return new Named(
                            first.getDayOfMonth() + " " + name(first.getMonth()) + " " + first.getYear() + " to "
                                    + last.getDayOfMonth() + " " + name(last.getMonth()) + " " + last.getYear(),
                            first,
                            last);
                });
        Arbitrary<Named> financialYears = Combinators.combine(
                        Arbitraries.integers().between(CalendarPeriods.FIRST_YEAR, CalendarPeriods.LAST_YEAR - 6),
                        Arbitraries.integers().between(0, 5))
                .as((y, more) -> new Named(
                        y + "/" + twoDigits(y + 1) + " - " + (y + more) + "/" + twoDigits(y + more + 1),
                        YearMonth.of(y, 4),
                        YearMonth.of(y + more + 1, 3)));
        return Arbitraries.oneOf(months, days, financialYears);
    }

    /** A period from the plan's agreement as written, and its length worked out here. */
    record Relative(String text, Period length) {}

    @Provide
    Arbitrary<Relative> relative() {
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 24);
        Arbitrary<String> unit = Arbitraries.of("day", "week", "month", "year");
        return Combinators.combine(count, unit, Arbitraries.integers().between(0, 4), Arbitraries.of(true, false))
                .flatAs((n, u, form, inWords) -> {
                    String amount =
                            (inWords ? NUMBER_WORDS.get(n - 1) : Integer.toString(n)) + " " + u + (n == 1 ? "" : "s");
                    String text = switch (form) {
                        case 0 -> "within " + amount;
                        case 1 -> "over the next " + amount;
                        case 2 -> "in the next " + amount;
                        case 3 -> amount + " after adoption";
                        default -> "within " + amount + " of the plan being agreed";
                    };
                    Period length = switch (u) {
                        case "day" -> Period.ofDays(n);
                        case "week" -> Period.ofWeeks(n);
                        case "month" -> Period.ofMonths(n);
                        default -> Period.ofYears(n);
                    };
                    return styled(text, List.of("")).map(styled -> new Relative(styled, length));
                });
    }

    private static final List<String> NUMBER_WORDS = List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "twenty-one",
            "twenty two",
            "twenty-three",
            "twenty four");

    // --- any text ---

    /** Pieces of the forms and of other words, so that random text often comes close to a form. */
    private static final List<String> PIECES = List.of(
            "by",
            "the",
            "end",
            "of",
            "to",
            "until",
            "between",
            "and",
            "from",
            "-",
            "–",
            "/",
            ".",
            ",",
            "(",
            ")",
            "q",
            "q3",
            "quarter",
            "fy",
            "financial year",
            "h1",
            "early",
            "mid",
            "late",
            "summer",
            "winter",
            "spring",
            "within",
            "over the next",
            "months",
            "weeks",
            "year",
            "six",
            "twenty-four",
            "ongoing",
            "as and when",
            "tbc",
            "indicative",
            "approx.",
            "c.",
            "march",
            "mar",
            "sept",
            "feb",
            "february",
            "friday",
            "31st",
            "1st",
            "of",
            "'",
            "soon",
            "next",
            "longer term");

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(1890, 3010),
                        Arbitraries.integers().between(0, 99999))
                .map(Object::toString);
        Arbitrary<String> soup = Arbitraries.oneOf(Arbitraries.of(PIECES), numbers)
                .list()
                .ofMaxSize(8)
                .flatMap(words ->
                        Arbitraries.of(" ", "", "-", "/", " - ").map(separator -> String.join(separator, words)));
        Arbitrary<String> anyCharacters = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> dateCharacters =
                Arbitraries.strings().withChars("0123456789/-.– ()qQfyhH").ofMaxLength(24);
        return Arbitraries.oneOf(soup, anyCharacters, dateCharacters);
    }

    @Provide
    Arbitrary<String> textWithoutDigits() {
        return anyText().map(text -> text.replaceAll("\\p{Nd}", "")).flatMap(text -> styled(text, LEADS));
    }

    // --- how it is written: case, spacing, dashes, leading words, a final full stop ---

    private static final List<String> LEADS = List.of(
            "", "", "by ", "by the end of ", "By end ", "end of ", "before ", "no later than ", "during ", "in ");

    private static Arbitrary<Named> styled(Named named) {
        return styled(named.text(), LEADS).map(named::written);
    }

    private static Arbitrary<String> styled(String text, List<String> leads) {
        Arbitrary<String> lead = Arbitraries.of(leads);
        Arbitrary<String> dash = Arbitraries.of("-", "–", "—", " - ", " – ");
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", "\u00a0", " \n ");
        Arbitrary<String> fullStop = Arbitraries.of("", ".");
        Arbitrary<Long> caseSeed = Arbitraries.longs();
        return Combinators.combine(lead, dash, space, fullStop, caseSeed).as((l, d, s, stop, seed) -> {
            String shaped = l + text.replace("-", d).replace(" ", s) + stop;
            return randomCase(shaped, seed);
        });
    }

    private static String randomCase(String text, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder cased = new StringBuilder();
        text.codePoints()
                .forEach(c -> cased.appendCodePoint(
                        random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c)));
        return cased.toString();
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String shortName(Month month) {
        return name(month).substring(0, 3);
    }

    private static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinal(int day) {
        String suffix = day >= 11 && day <= 13
                ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }

    private static String twoDigits(int year) {
        return String.format(Locale.ROOT, "%02d", year % 100);
    }
}
