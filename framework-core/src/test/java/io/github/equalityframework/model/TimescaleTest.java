package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A timescale in words resolves to a due date where it names a month or a day, and is kept as text otherwise. */
class TimescaleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "by March 2022            | 2022-03-31",
                "March 2022               | 2022-03-31",
                "  BY   march   2022      | 2022-03-31",
                "by the end of February 2024 | 2024-02-29",
                "end of February 2023     | 2023-02-28",
                "by Sept 2025             | 2025-09-30",
                "by Sep. 2025             | 2025-09-30",
                "by 15 July 2025          | 2025-07-15",
                "by 1st May 2025          | 2025-05-01",
                "31 December 2025         | 2025-12-31",
                "2025-06-30               | 2025-06-30",
                "by 2025-06-30            | 2025-06-30"
            })
    void wordsThatNameAMonthOrADayResolve(String words, LocalDate expected) {
        assertEquals(Optional.of(expected), Timescale.resolve(words));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "summer 2025",
                "2025/26",
                "ongoing",
                "by 2025",
                "Q4 2024/25",
                "by Ma 2025",
                "by Marchember 2025",
                "by 31 February 2025",
                "by March",
                "",
                "   "
            })
    void anythingElseHasNoDate(String words) {
        assertEquals(Optional.empty(), Timescale.resolve(words));
    }

    @Test
    void noTimescaleHasNoDate() {
        assertEquals(Optional.empty(), Timescale.resolve(null));
    }

    @Property
    void byAMonthIsTheLastDayOfThatMonth(
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1900, max = 2200) int year) {
        String name = java.time.Month.of(month).name();
        YearMonth ym = YearMonth.of(year, month);
        assertEquals(
                Optional.of(ym.atEndOfMonth()),
                Timescale.resolve("by " + name.charAt(0) + name.substring(1).toLowerCase() + " " + year));
    }
}
