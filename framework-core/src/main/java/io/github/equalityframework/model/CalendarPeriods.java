package io.github.equalityframework.model;

import io.github.equalityframework.model.Reading.NotADate;
import io.github.equalityframework.model.Reading.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The single days and periods a timescale can name: a day, a month, a calendar year, a UK financial year or
 * quarter, a season, a part of a year. Each reader takes normalised words (lower case, single spaces, plain
 * hyphens, no leading "by") and is empty when they are not its form; a form whose numbers name no day reads
 * as {@link NotADate}.
 */
final class CalendarPeriods {
    /** Four-digit years outside these are not read as years at all. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2999;

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
    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    /** Between the parts of a day or month in words: a space, or a hyphen with or without spaces. */
    private static final String JOIN = "(?: ?- ?| )";

    private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String WEEKDAY = "(?:([a-z]+)\\.?,? )?";
    private static final String FINANCIAL = "(?:(?:the )?(?:fy|financial year|fin year) ?)";
    private static final String SECOND_YEAR = " ?([/-]) ?(\\d{4}|\\d{2})";

    private static final Pattern ISO = Pattern.compile("(\\d{4}) ?- ?(\\d{1,2}) ?- ?(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(WEEKDAY + ORDINAL + "(?: of)?" + JOIN + "([a-z]+)\\.?,?" + JOIN + "(\\d{4}|\\d{2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + "([a-z]+)\\.? " + ORDINAL + ",? (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)(\\.?)( ?- ?| |,? ?'|, )?(\\d{4}|\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile(FINANCIAL + "?(\\d{4})" + SECOND_YEAR);
    private static final Pattern QUARTER = Pattern.compile(
            "(?:q ?|quarter )(\\d{1,2})(?: of)?(?: the)? (" + FINANCIAL + ")?(\\d{4})(?:" + SECOND_YEAR + ")?");
    private static final Pattern QUARTER_AFTER =
            Pattern.compile(FINANCIAL + "?(\\d{4})" + SECOND_YEAR + ",? (?:q ?|quarter )(\\d{1,2})");
    private static final Pattern SEASON =
            Pattern.compile("(?:the )?(spring|summer|autumn|fall|winter)(?: of)? (\\d{4})(?:" + SECOND_YEAR + ")?");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(early|mid|late)" + JOIN + "?(?:in )?(\\d{4})");
    private static final Pattern HALF_YEAR =
            Pattern.compile("(?:(?:the )?(first|second|1st|2nd) half(?: of)?(?: the)?|h([12])) ?(\\d{4})");
    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile(ORDINAL + "(?: of)?" + JOIN + "([a-z]+)\\.?");
    private static final Pattern MONTH_WITHOUT_YEAR = Pattern.compile("([a-z]+)\\.?");

    private static final List<Function<String, Optional<Reading>>> READERS = List.of(
            CalendarPeriods::isoDate,
            CalendarPeriods::numericDate,
            CalendarPeriods::dayMonthYear,
            CalendarPeriods::monthDayYear,
            CalendarPeriods::wholeMonth,
            CalendarPeriods::wholeYear,
            CalendarPeriods::financialYear,
            CalendarPeriods::quarter,
            CalendarPeriods::season,
            CalendarPeriods::partOfYear);

    private CalendarPeriods() {}

    /** The one day or period the words name, or why they name none; empty when they are none of the forms. */
    static Optional<Reading> read(String words) {
        return READERS.stream()
                .map(reader -> reader.apply(words))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A day or a whole month written without its year ("1 June", "June"), as the first part of a range can be. */
    record WithoutYear(int month, int day, boolean wholeMonth) {
        /** This day or month in the given year, or why there is no such day. */
        Reading in(int year) {
            return wholeMonth ? months(YearMonth.of(year, month), 1) : CalendarPeriods.day(year, month, day);
        }
    }

    static Optional<WithoutYear> withoutYear(String words) {
        Matcher m = DAY_WITHOUT_YEAR.matcher(words);
        if (m.matches() && month(m.group(2)) > 0) {
            return Optional.of(new WithoutYear(month(m.group(2)), Integer.parseInt(m.group(1)), false));
        }
        m = MONTH_WITHOUT_YEAR.matcher(words);
        if (m.matches() && month(m.group(1)) > 0) {
            return Optional.of(new WithoutYear(month(m.group(1)), 0, true));
        }
        return Optional.empty();
    }

    /** "2024-03-31": year, month, day. */
    private static Optional<Reading> isoDate(String words) {
        Matcher m = ISO.matcher(words);
        if (!m.matches() || !plausible(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(numbers(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(),
                ""));
    }

    /** "31/03/2024", "31.03.2024", "31-03-2024", "1/4/24": day, month, year, as in the UK. */
    private static Optional<Reading> numericDate(String words) {
        Matcher m = NUMERIC.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m.group(4));
        if (year == 0) {
            return Optional.empty();
        }
        return Optional.of(numbers(
                year,
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(1)),
                m.group(),
                "dates are read day/month/year, and "));
    }

    /** "31 March 2024", "31st of March 2024", "Friday 31 March 2024", "31-Mar-24". */
    private static Optional<Reading> dayMonthYear(String words) {
        Matcher m = DAY_MONTH_YEAR.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        return named(m.group(1), m.group(3), m.group(2), m.group(4));
    }

    /** "March 31, 2024", "Friday March 31st 2024". */
    private static Optional<Reading> monthDayYear(String words) {
        Matcher m = MONTH_DAY_YEAR.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        return named(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    /**
     * "March 2024", "Sept 2025", "Mar-24", "Mar 24". A two-digit year needs an abbreviated month or a hyphen
     * or apostrophe: "March 24" could as well be the 24th of March, so it is not read.
     */
    private static Optional<Reading> wholeMonth(String words) {
        Matcher m = MONTH_YEAR.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = month(m.group(1));
        if (month == 0) {
            return Optional.empty();
        }
        boolean abbreviated = m.group(1).length() < MONTHS.get(month - 1).length();
        boolean joined =
                m.group(3) != null && (m.group(3).contains("-") || m.group(3).contains("'"));
        if (m.group(4).length() == 2 && !abbreviated && !joined) {
            return Optional.empty();
        }
        int year = year(m.group(4));
        return year == 0 ? Optional.empty() : Optional.of(months(YearMonth.of(year, month), 1));
    }

    /** "2024": the calendar year. */
    private static Optional<Reading> wholeYear(String words) {
        Matcher m = YEAR.matcher(words);
        if (!m.matches() || !plausible(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(months(YearMonth.of(Integer.parseInt(m.group(1)), 1), 12));
    }

    /** "2023/24", "2023-24", "2023/2024", "FY 2023/24", "financial year 2023/24": 1 April to 31 March. */
    private static Optional<Reading> financialYear(String words) {
        Matcher m = FINANCIAL_YEAR.matcher(words);
        if (!m.matches()) {
            return Optional.empty();
        }
        return financial(m.group(1), m.group(2), m.group(3), "", april -> months(april, 12));
    }

    /** "Q3 2023/24" (October to December 2023), "quarter 3 2023/24", "2023/24 Q3"; "Q3 2023" is July to September. */
    private static Optional<Reading> quarter(String words) {
        Matcher m = QUARTER.matcher(words);
        if (m.matches() && m.group(5) != null) {
            return financialQuarter(m.group(1), m.group(3), m.group(4), m.group(5));
        }
        if (m.matches() && m.group(2) == null) {
            return calendarQuarter(m.group(1), m.group(3));
        }
        m = QUARTER_AFTER.matcher(words);
        return m.matches() ? financialQuarter(m.group(4), m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<Reading> calendarQuarter(String quarter, String year) {
        if (!plausible(year)) {
            return Optional.empty();
        }
        int q = Integer.parseInt(quarter);
        if (q < 1 || q > 4) {
            return Optional.of(notAQuarter(q, year));
        }
        return Optional.of(months(YearMonth.of(Integer.parseInt(year), 1 + 3 * (q - 1)), 3));
    }

    private static Optional<Reading> financialQuarter(String quarter, String first, String separator, String second) {
        int q = Integer.parseInt(quarter);
        if (plausible(first) && (q < 1 || q > 4)) {
            return Optional.of(notAQuarter(q, first + separator + second));
        }
        return financial(first, separator, second, "", april -> months(april.plusMonths(3L * (q - 1)), 3));
    }

    private static NotADate notAQuarter(int quarter, String year) {
        return new NotADate("Q" + quarter + " " + year + " is not a quarter: quarters are numbered 1 to 4");
    }

    /** "summer 2024" (June to August: meteorological seasons); "winter 2024" and "winter 2024/25" start in December. */
    private static Optional<Reading> season(String words) {
        Matcher m = SEASON.matcher(words);
        if (!m.matches() || !plausible(m.group(2))) {
            return Optional.empty();
        }
        String season = m.group(1);
        if (m.group(4) != null) {
            return season.equals("winter")
                    ? financial(m.group(2), m.group(3), m.group(4), "winter ", april -> months(april.plusMonths(8), 3))
                    : Optional.empty();
        }
        int firstMonth = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        return Optional.of(months(YearMonth.of(Integer.parseInt(m.group(2)), firstMonth), 3));
    }

    /** "early 2024" (January to April), "mid 2024" (May to August), "late 2024" (September to December), halves. */
    private static Optional<Reading> partOfYear(String words) {
        Matcher m = PART_OF_YEAR.matcher(words);
        if (m.matches() && plausible(m.group(2))) {
            int firstMonth = switch (m.group(1)) {
                case "early" -> 1;
                case "mid" -> 5;
                default -> 9;
            };
            return Optional.of(months(YearMonth.of(Integer.parseInt(m.group(2)), firstMonth), 4));
        }
        m = HALF_YEAR.matcher(words);
        if (m.matches() && plausible(m.group(3))) {
            boolean firstHalf =
                    m.group(2) != null ? m.group(2).equals("1") : m.group(1).matches("first|1st");
            return Optional.of(months(YearMonth.of(Integer.parseInt(m.group(3)), firstHalf ? 1 : 7), 6));
        }
        return Optional.empty();
    }

    /**
     * A period within the year written "2023/24" (April 2023 to March 2024), given its April; or why the two
     * years do not follow one another. Label is what comes before the years ("winter ").
     */
    private static Optional<Reading> financial(
            String first, String separator, String second, String label, Function<YearMonth, Reading> period) {
        if (!plausible(first)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(first);
        boolean follows = second.length() == 2
                ? Integer.parseInt(second) == (year + 1) % 100
                : Integer.parseInt(second) == year + 1;
        if (!follows) {
            String example = second.length() == 2
                    ? String.format(Locale.ROOT, "%02d", (year + 1) % 100)
                    : Integer.toString(year + 1);
            return Optional.of(new NotADate(label + first + separator + second + " is not "
                    + (label.isEmpty() ? "a financial year" : "a " + label.strip())
                    + ": its second year must be the year after the first, as in " + label + first + separator
                    + example));
        }
        return Optional.of(period.apply(YearMonth.of(year, 4)));
    }

    /** A day in words, checked against its weekday when one is given. */
    private static Optional<Reading> named(String weekdayWord, String monthWord, String dayDigits, String yearDigits) {
        int month = month(monthWord);
        int year = year(yearDigits);
        DayOfWeek weekday = weekdayWord == null ? null : weekday(weekdayWord);
        if (month == 0 || year == 0 || (weekdayWord != null && weekday == null)) {
            return Optional.empty();
        }
        Reading day = day(year, month, Integer.parseInt(dayDigits));
        if (weekday != null && day instanceof Span span && span.start().getDayOfWeek() != weekday) {
            String date = span.start().format(DAY_NAME);
            return Optional.of(new NotADate(name(weekday) + " " + date + " is not a date: " + date + " is a "
                    + name(span.start().getDayOfWeek())));
        }
        return Optional.of(day);
    }

    /** A day named by its month's name: the message names it the same way. */
    private static Reading day(int year, int month, int day) {
        YearMonth yearMonth = YearMonth.of(year, month);
        return numbers(year, month, day, day + " " + yearMonth.format(MONTH_NAME), "");
    }

    /** A day given as numbers, or why they name none: written is how the message quotes it. */
    private static Reading numbers(int year, int month, int day, String written, String order) {
        if (month < 1 || month > 12) {
            return new NotADate(written + " is not a date: " + order + "there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1) {
            return new NotADate(written + " is not a date: there is no day 0");
        }
        if (day > yearMonth.lengthOfMonth()) {
            return new NotADate(written + " is not a date: " + yearMonth.format(MONTH_NAME) + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        LocalDate date = yearMonth.atDay(day);
        return new Span(date, date);
    }

    /** Whole months from the first day of first to the last day of its count-th month. */
    static Span months(YearMonth first, int count) {
        return new Span(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }

    /** How messages name a day, as "31 March 2024". */
    static String name(LocalDate day) {
        return day.format(DAY_NAME);
    }

    private static String name(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** 1 to 12 for a month's name or an abbreviation of three or more letters that starts only that month; else 0. */
    static int month(String word) {
        return match(word, MONTHS);
    }

    private static DayOfWeek weekday(String word) {
        int found = match(
                word,
                Stream.of(DayOfWeek.values())
                        .map(d -> d.name().toLowerCase(Locale.ROOT))
                        .toList());
        return found == 0 ? null : DayOfWeek.of(found);
    }

    private static int match(String word, List<String> names) {
        if (word.length() < 3) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(word)) {
                if (found != 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /** A four-digit year in the range read, or a two-digit year read as 20yy; 0 for any other. */
    private static int year(String digits) {
        if (digits.length() == 2) {
            return 2000 + Integer.parseInt(digits);
        }
        return plausible(digits) ? Integer.parseInt(digits) : 0;
    }

    private static boolean plausible(String fourDigits) {
        int year = Integer.parseInt(fourDigits);
        return fourDigits.length() == 4 && year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
