package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Timescale.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A timescale as a council writes it reads as the range of days it names, or says plainly that it names none. */
class TimescaleTest {

    private static void assertDated(String text, LocalDate start, LocalDate end) {
        assertDated(Timescale.parse(text), text, start, end);
    }

    private static void assertDated(Timescale timescale, String text, LocalDate start, LocalDate end) {
        assertAll(
                text,
                () -> assertEquals(Kind.DATED, timescale.kind(), timescale::toString),
                () -> assertEquals(Optional.of(start), timescale.start(), "start"),
                () -> assertEquals(Optional.of(end), timescale.end(), "end"),
                () -> assertEquals(Optional.empty(), timescale.length(), "length"),
                () -> assertEquals(Optional.empty(), timescale.problem(), "problem"),
                () -> assertEquals(text, timescale.text(), "text as written"),
                () -> assertTrue(timescale.isDated()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-03-31       | 2024-03-31",
                "2024-3-5         | 2024-03-05",
                "31/03/2024       | 2024-03-31",
                "31.03.2024       | 2024-03-31",
                "31-03-2024       | 2024-03-31",
                "1/4/24           | 2024-04-01",
                "01/04/2024       | 2024-04-01",
                "29/02/2024       | 2024-02-29",
                "31 / 03 / 2024   | 2024-03-31"
            })
    void isoAndUkNumericDatesAreThatDay(String text, LocalDate day) {
        assertDated(text, day, day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "31 March 2024          | 2024-03-31",
                "31st March 2024        | 2024-03-31",
                "1st May 2025           | 2025-05-01",
                "22nd June 2025         | 2025-06-22",
                "3rd of July 2025       | 2025-07-03",
                "15 Sept 2025           | 2025-09-15",
                "31-Mar-24              | 2024-03-31",
                "March 31, 2024         | 2024-03-31",
                "March 31st 2024        | 2024-03-31",
                "Sunday 31 March 2024   | 2024-03-31",
                "Fri, 29 March 2024     | 2024-03-29",
                "Friday March 29, 2024  | 2024-03-29"
            })
    void daysInWordsAreThatDay(String text, LocalDate day) {
        assertDated(text, day, day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "March 2024                | 2024-03-01 | 2024-03-31",
                "Mar 2024                  | 2024-03-01 | 2024-03-31",
                "Mar. 2024                 | 2024-03-01 | 2024-03-31",
                "Sept 2025                 | 2025-09-01 | 2025-09-30",
                "Sep 2025                  | 2025-09-01 | 2025-09-30",
                "Mar-24                    | 2024-03-01 | 2024-03-31",
                "Mar 24                    | 2024-03-01 | 2024-03-31",
                "March-24                  | 2024-03-01 | 2024-03-31",
                "March '24                 | 2024-03-01 | 2024-03-31",
                "Feb 2024                  | 2024-02-01 | 2024-02-29",
                "by March 2024             | 2024-03-01 | 2024-03-31",
                "end of March 2024         | 2024-03-01 | 2024-03-31",
                "by the end of March 2024  | 2024-03-01 | 2024-03-31",
                "by end March 2024         | 2024-03-01 | 2024-03-31",
                "September 1923            | 1923-09-01 | 1923-09-30"
            })
    void monthsRunFromTheirFirstToTheirLastDay(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024          | 2024-01-01 | 2024-12-31",
                "by 2025       | 2025-01-01 | 2025-12-31",
                "during 2024   | 2024-01-01 | 2024-12-31",
                "in 2024       | 2024-01-01 | 2024-12-31",
                "end of 2024   | 2024-01-01 | 2024-12-31",
                "1900          | 1900-01-01 | 1900-12-31",
                "2999          | 2999-01-01 | 2999-12-31"
            })
    void calendarYearsRunFromJanuaryToDecember(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "from June 2023 to December 2023        | 2023-06-01 | 2023-12-31",
                "from June 2023 until December 2023     | 2023-06-01 | 2023-12-31",
                "June–December 2023                     | 2023-06-01 | 2023-12-31",
                "June—December 2023                     | 2023-06-01 | 2023-12-31",
                "June - December 2023                   | 2023-06-01 | 2023-12-31",
                "June-December 2023                     | 2023-06-01 | 2023-12-31",
                "between June and December 2023         | 2023-06-01 | 2023-12-31",
                "between June 2023 and March 2024       | 2023-06-01 | 2024-03-31",
                "June 2023 to March 2024                | 2023-06-01 | 2024-03-31",
                "1 June to 31 December 2023             | 2023-06-01 | 2023-12-31",
                "from 1 April 2024 until 31 March 2025  | 2024-04-01 | 2025-03-31",
                "November to February 2024              | 2023-11-01 | 2024-02-29",
                "Mar-24 – Jun-24                        | 2024-03-01 | 2024-06-30",
                "31/03/2024 - 30/06/2024                | 2024-03-31 | 2024-06-30",
                "2024-01-01 - 2024-03-31                | 2024-01-01 | 2024-03-31",
                "2023/24 - 2024/25                      | 2023-04-01 | 2025-03-31",
                "2023 to 2025                           | 2023-01-01 | 2025-12-31",
                "summer 2024 to spring 2025             | 2024-06-01 | 2025-05-31",
                "from June 2023 to the end of June 2023 | 2023-06-01 | 2023-06-30"
            })
    void rangesRunFromTheFirstDayOfTheirStartToTheLastDayOfTheirEnd(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023/24                                  | 2023-04-01 | 2024-03-31",
                "2023-24                                  | 2023-04-01 | 2024-03-31",
                "2023/2024                                | 2023-04-01 | 2024-03-31",
                "2023 - 2024                              | 2023-04-01 | 2024-03-31",
                "FY 2023/24                               | 2023-04-01 | 2024-03-31",
                "FY2023/24                                | 2023-04-01 | 2024-03-31",
                "financial year 2023/24                   | 2023-04-01 | 2024-03-31",
                "by the end of 2023/24                    | 2023-04-01 | 2024-03-31",
                "by the end of the financial year 2023/24 | 2023-04-01 | 2024-03-31",
                "within 2024/25                           | 2024-04-01 | 2025-03-31",
                "1999/00                                  | 1999-04-01 | 2000-03-31"
            })
    void financialYearsRunFromAprilToMarch(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Q1 2023/24                | 2023-04-01 | 2023-06-30",
                "Q2 2023/24                | 2023-07-01 | 2023-09-30",
                "Q3 2023/24                | 2023-10-01 | 2023-12-31",
                "Q4 2023/24                | 2024-01-01 | 2024-03-31",
                "quarter 3 2023/24         | 2023-10-01 | 2023-12-31",
                "Q3 of 2023-24             | 2023-10-01 | 2023-12-31",
                "Q3 FY 2023/24             | 2023-10-01 | 2023-12-31",
                "2023/24 Q3                | 2023-10-01 | 2023-12-31",
                "by the end of Q4 2023/24  | 2024-01-01 | 2024-03-31",
                "Q1 2023                   | 2023-01-01 | 2023-03-31",
                "Q3 2023                   | 2023-07-01 | 2023-09-30",
                "quarter 4 2023            | 2023-10-01 | 2023-12-31"
            })
    void quartersOfAFinancialYearStartInAprilAndOfACalendarYearInJanuary(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "spring 2024          | 2024-03-01 | 2024-05-31",
                "summer 2024          | 2024-06-01 | 2024-08-31",
                "the summer of 2024   | 2024-06-01 | 2024-08-31",
                "autumn 2024          | 2024-09-01 | 2024-11-30",
                "fall 2024            | 2024-09-01 | 2024-11-30",
                "winter 2023          | 2023-12-01 | 2024-02-29",
                "winter 2023/24       | 2023-12-01 | 2024-02-29",
                "winter 2024-25       | 2024-12-01 | 2025-02-28",
                "early 2024           | 2024-01-01 | 2024-04-30",
                "mid 2024             | 2024-05-01 | 2024-08-31",
                "mid-2024             | 2024-05-01 | 2024-08-31",
                "late 2024            | 2024-09-01 | 2024-12-31",
                "first half of 2024   | 2024-01-01 | 2024-06-30",
                "second half of 2024  | 2024-07-01 | 2024-12-31",
                "H1 2024              | 2024-01-01 | 2024-06-30",
                "H2 2024              | 2024-07-01 | 2024-12-31"
            })
    void seasonsAndPartsOfAYearAreWholeMonths(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'  BY   march   2024  '           | 2024-03-01 | 2024-03-31",
                "'By The End Of\tMarch\n2024.'     | 2024-03-01 | 2024-03-31",
                "no later than 31 March 2024       | 2024-03-31 | 2024-03-31",
                "before 31 March 2024              | 2024-03-31 | 2024-03-31",
                "target date: March 2024           | 2024-03-01 | 2024-03-31",
                "during summer 2024                | 2024-06-01 | 2024-08-31",
                "'31 March\u00a02024'              | 2024-03-31 | 2024-03-31",
                "Mar 2024.                         | 2024-03-01 | 2024-03-31"
            })
    void leadingWordsCaseSpacingAndAFinalFullStopDoNotMatter(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "within 6 months                        | P6M",
                "within six months                      | P6M",
                "over the next 12 months                | P12M",
                "in the next 3 months                   | P3M",
                "in six months' time                    | P6M",
                "within a year                          | P1Y",
                "within the next year                   | P1Y",
                "within two years                       | P2Y",
                "within twenty-four months              | P24M",
                "within 12 weeks                        | P84D",
                "within 10 days                         | P10D",
                "6 months after adoption                | P6M",
                "within 6 months of the plan being agreed | P6M",
                "18 months                              | P18M"
            })
    void periodsFromThePlansAgreementAreRelative(String text, Period length) {
        Timescale timescale = Timescale.parse(text);

        assertEquals(Kind.RELATIVE, timescale.kind(), timescale::toString);
        assertEquals(Optional.of(length), timescale.length());
        assertEquals(Optional.empty(), timescale.end());
        assertFalse(timescale.isDated());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ongoing",
                "On-going",
                "on going",
                "at an appropriate time",
                "longer term",
                "long term",
                "long-term",
                "in the longer term",
                "as and when",
                "as and when required",
                "as required",
                "as needed",
                "continuous",
                "annually",
                "each year",
                "TBC",
                "to be confirmed",
                "to be agreed",
                "Ongoing / annually",
                "ongoing (tbc)",
                "indicative: ongoing"
            })
    void openEndedWordingIsDeliberatelyUndated(String text) {
        Timescale timescale = Timescale.parse(text);

        assertEquals(Kind.OPEN_ENDED, timescale.kind(), timescale::toString);
        assertEquals(Optional.empty(), timescale.end());
        assertFalse(timescale.indicative(), "open-ended wording is never indicative");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "indicative date March 2026                | 2026-03-01 | 2026-03-31",
                "March 2026 (indicative)                   | 2026-03-01 | 2026-03-31",
                "longer term (indicative date March 2026)  | 2026-03-01 | 2026-03-31",
                "approximately March 2026                  | 2026-03-01 | 2026-03-31",
                "approx. March 2026                        | 2026-03-01 | 2026-03-31",
                "around 2026/27                            | 2026-04-01 | 2027-03-31",
                "circa 2026                                | 2026-01-01 | 2026-12-31",
                "c. 2026                                   | 2026-01-01 | 2026-12-31",
                "provisional: 31/03/2026                   | 2026-03-31 | 2026-03-31",
                "provisionally Q1 2026/27                  | 2026-04-01 | 2026-06-30",
                "estimated summer 2026                     | 2026-06-01 | 2026-08-31"
            })
    void wordsThatSayADateIsIndicativeAreNotedAndOtherwiseIgnored(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
        assertTrue(Timescale.parse(text).indicative());
    }

    @Test
    void aRelativePeriodCanBeIndicative() {
        Timescale timescale = Timescale.parse("within approximately 6 months");

        assertEquals(Kind.RELATIVE, timescale.kind());
        assertTrue(timescale.indicative());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"March 2026", "by 31/03/2026", "2026/27", "within 6 months"})
    void withoutThoseWordsNoDateIsIndicative(String text) {
        assertFalse(Timescale.parse(text).indicative());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ongoing (March 2024)                  | 2024-03-01 | 2024-03-31",
                "(March 2024)                          | 2024-03-01 | 2024-03-31",
                "March 2024 (subject to funding)       | 2024-03-01 | 2024-03-31",
                "as and when (by 2024/25)              | 2024-04-01 | 2025-03-31",
                "March 2024 (by March 2024)            | 2024-03-01 | 2024-03-31"
            })
    void aDateInParenthesesIsReadWhenItIsTheOnlyOne(String text, LocalDate start, LocalDate end) {
        assertDated(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "by 31 February 2024  | 31 February 2024 is not a date: February 2024 has 29 days",
                "31 February 2023     | 31 February 2023 is not a date: February 2023 has 28 days",
                "30/02/2024           | 30/02/2024 is not a date: February 2024 has 29 days",
                "31/02/2024           | 31/02/2024 is not a date: February 2024 has 29 days",
                "31 April 2025        | 31 April 2025 is not a date: April 2025 has 30 days",
                "31st Jun 2025        | 31 June 2025 is not a date: June 2025 has 30 days",
                "09/30/2023           | 09/30/2023 is not a date: dates are read day/month/year, and there is no month 30",
                "01/13/2024           | 01/13/2024 is not a date: dates are read day/month/year, and there is no month 13",
                "2024-13-01           | 2024-13-01 is not a date: there is no month 13",
                "2024-00-10           | 2024-00-10 is not a date: there is no month 0",
                "0/3/2024             | 0/3/2024 is not a date: there is no day 0",
                "0 March 2024         | 0 March 2024 is not a date: there is no day 0",
                "Friday 31 March 2024 | Friday 31 March 2024 is not a date: 31 March 2024 is a Sunday",
                "2023/25              | 2023/25 is not a financial year: its second year must be the year after the first, as in 2023/24",
                "2023-2025            | 2023-2025 is not a financial year: its second year must be the year after the first, as in 2023-2024",
                "by the end of 2024/24 | 2024/24 is not a financial year: its second year must be the year after the first, as in 2024/25",
                "Q5 2023/24           | Q5 2023/24 is not a quarter: quarters are numbered 1 to 4",
                "Q0 2024              | Q0 2024 is not a quarter: quarters are numbered 1 to 4",
                "Q3 2023/25           | 2023/25 is not a financial year: its second year must be the year after the first, as in 2023/24",
                "winter 2023/25       | winter 2023/25 is not a winter: its second year must be the year after the first, as in winter 2023/24",
                "from December 2023 to June 2023 | the range ends on 30 June 2023, before it starts on 1 December 2023",
                "2024/25 - 2023/24    | the range ends on 31 March 2024, before it starts on 1 April 2024",
                "1 June to 31 June 2023 | 31 June 2023 is not a date: June 2023 has 30 days",
                "0 June to 31 December 2023 | 0 June 2023 is not a date: there is no day 0",
                "31 November to February 2024 | 31 November 2023 is not a date: November 2023 has 30 days",
                "longer term (indicative date 31 February 2026) | 31 February 2026 is not a date: February 2026 has 28 days"
            })
    void wordsThatLookLikeADateButNameNoneSayWhy(String text, String problem) {
        Timescale timescale = Timescale.parse(text);

        assertEquals(Kind.IMPOSSIBLE, timescale.kind(), timescale::toString);
        assertEquals(Optional.of(problem), timescale.problem());
        assertEquals(Optional.empty(), timescale.end());
        assertEquals(Optional.empty(), Timescale.resolve(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "soon",
                "next year",
                "in the next year",
                "2025/26 and 2026/27",
                "March 2024 or June 2024",
                "March 2024 (June 2024)",
                "ongoing (March 2024) (June 2024)",
                "by March",
                "March 24",
                "by Ma 2025",
                "by Marchember 2025",
                "by 1899",
                "3000",
                "summer 2025/26",
                "from June 2023",
                "FY 2024",
                "Q3",
                "when funding allows",
                "within 0 months",
                "6-12 months",
                "TO DO",
                "indicative",
                "2024-2025-2026",
                "Mar-24-Jun-24"
            })
    void anythingElseIsUnreadableAndNeverGivenADate(String text) {
        Timescale timescale = Timescale.parse(text);

        assertEquals(Kind.UNREADABLE, timescale.kind(), timescale::toString);
        assertEquals(Optional.empty(), timescale.start());
        assertEquals(Optional.empty(), timescale.end());
        assertEquals(Optional.empty(), timescale.length());
        assertEquals(Optional.empty(), timescale.problem());
        assertEquals(text, timescale.text());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void noWordsAreUnreadableWithEmptyText(String text) {
        Timescale timescale = Timescale.parse(text);

        assertEquals(Kind.UNREADABLE, timescale.kind());
        assertEquals("", timescale.text());
        assertEquals(Optional.empty(), Timescale.resolve(text));
    }

    @Test
    void theTextIsKeptAsWritten() {
        assertEquals(
                "  By  the end of MARCH 2024. ",
                Timescale.parse("  By  the end of MARCH 2024. ").text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "by March 2022    | 2022-03-31",
                "2025-06-30       | 2025-06-30",
                "Q3 2023/24       | 2023-12-31",
                "summer 2025      | 2025-08-31",
                "by 2025          | 2025-12-31",
                "within 6 months  | ",
                "ongoing          | ",
                "soon             | "
            })
    void resolveIsTheEndOfADatedTimescale(String text, LocalDate end) {
        assertEquals(Optional.ofNullable(end), Timescale.resolve(text));
    }

    @ParameterizedTest(name = "{0} agreed on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "within 12 months  | 2024-04-01 | 2025-03-31",
                "within 6 months   | 2024-01-12 | 2024-07-11",
                "within 6 months   | 2023-08-31 | 2024-02-28",
                "within 12 weeks   | 2024-01-01 | 2024-03-24",
                "within 1 day      | 2024-01-01 | 2024-01-01"
            })
    void aRelativePeriodRunsFromTheDayThePlanWasAgreedToTheDayBeforeTheSameDayLater(
            String text, LocalDate agreedOn, LocalDate end) {
        Timescale dated = Timescale.parse(text).from(agreedOn);

        assertDated(dated, text, agreedOn, end);
    }

    @Test
    void countingFromAgreementKeepsTheTextAndWhetherItIsIndicative() {
        Timescale dated = Timescale.parse("Approximately within 6 months").from(LocalDate.of(2024, 1, 12));

        assertEquals(Kind.DATED, dated.kind());
        assertEquals("Approximately within 6 months", dated.text());
        assertTrue(dated.indicative());
        assertEquals(Optional.empty(), dated.length());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"March 2024", "ongoing", "soon", "31/02/2024"})
    void onlyARelativePeriodIsCountedFromAgreement(String text) {
        Timescale timescale = Timescale.parse(text);

        assertSame(timescale, timescale.from(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void timescalesAreEqualWhenTheirTextAndReadingAre() {
        assertEquals(Timescale.parse("March 2024"), Timescale.parse("March 2024"));
        assertEquals(
                Timescale.parse("March 2024").hashCode(),
                Timescale.parse("March 2024").hashCode());
        assertNotEquals(Timescale.parse("March 2024"), Timescale.parse("by March 2024"));
        assertNotEquals(Timescale.parse("March 2024"), Timescale.parse("March 2024 (indicative)"));
        assertEquals(
                "Timescale[DATED 2024-03-01..2024-03-31 indicative 'c. March 2024']",
                Timescale.parse("c. March 2024").toString());
        assertEquals(
                "Timescale[IMPOSSIBLE (31 February 2024 is not a date: February 2024 has 29 days) '31 February 2024']",
                Timescale.parse("31 February 2024").toString());
    }

    @Test
    void everyExampleInTheSentenceNamingTheFormsIsUnderstood() {
        Matcher examples = Pattern.compile("\\(([^)]*)\\)").matcher(Timescale.FORMS);
        List<String> seen = new java.util.ArrayList<>();
        while (examples.find()) {
            for (String example : examples.group(1).split(", ")) {
                seen.add(example);
                assertTrue(
                        Timescale.parse(example).kind() != Kind.UNREADABLE
                                && Timescale.parse(example).kind() != Kind.IMPOSSIBLE,
                        example);
            }
        }
        assertTrue(seen.size() >= 14, seen::toString);
    }

    /** Each example row of the user documentation, "| `words` | how they read |", reads as its row says. */
    @Test
    void everyExampleInTheUserDocumentationReadsAsItSays() throws IOException {
        Path docs = Path.of("..", "docs", "timescales.md");
        Pattern row = Pattern.compile("\\| `([^`]+)` \\| (.+) \\|");
        Pattern range = Pattern.compile(
                "(\\d{1,2} [A-Z][a-z]+ \\d{4})(?: to (\\d{1,2} [A-Z][a-z]+ \\d{4}))?( \\(indicative\\))?");
        Pattern period = Pattern.compile("a period of (\\d+) (day|month|year)s? from the plan's agreement");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
        int checked = 0;
        for (String line : Files.readAllLines(docs)) {
            Matcher example = row.matcher(line);
            if (!example.matches()) {
                continue;
            }
            String text = example.group(1);
            String readAs = example.group(2);
            Timescale timescale = Timescale.parse(text);
            Matcher dates = range.matcher(readAs);
            Matcher length = period.matcher(readAs);
            if (readAs.equals("not read")) {
                assertEquals(Kind.UNREADABLE, timescale.kind(), line);
            } else if (readAs.equals("open-ended")) {
                assertEquals(Kind.OPEN_ENDED, timescale.kind(), line);
            } else if (readAs.startsWith("refused: ")) {
                assertEquals(Optional.of(readAs.substring("refused: ".length())), timescale.problem(), line);
            } else if (length.matches()) {
                int n = Integer.parseInt(length.group(1));
                Period expected = switch (length.group(2)) {
                    case "day" -> Period.ofDays(n);
                    case "month" -> Period.ofMonths(n);
                    default -> Period.ofYears(n);
                };
                assertEquals(Optional.of(expected), timescale.length(), line);
            } else if (dates.matches()) {
                LocalDate start = LocalDate.parse(dates.group(1), day);
                LocalDate end = dates.group(2) == null ? start : LocalDate.parse(dates.group(2), day);
                assertDated(text, start, end);
                assertEquals(dates.group(3) != null, timescale.indicative(), line);
            } else {
                throw new AssertionError("a row this test does not understand: " + line);
            }
            checked++;
        }
        assertTrue(checked >= 100, "examples checked: " + checked);
    }
}
