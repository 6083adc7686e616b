package io.github.equalityframework.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The period a self-assessment covers, both days inclusive.
 *
 * @param from first day
 * @param to   last day; must not be before {@code from}
 */
public record AssessmentPeriod(@NotNull LocalDate from, @NotNull LocalDate to) {

    /** Whether a date falls inside the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
