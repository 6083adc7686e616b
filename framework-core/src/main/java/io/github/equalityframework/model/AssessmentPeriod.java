package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The period a self-assessment covers, both days inclusive.
 *
 * @param from first day
 * @param to   last day; must not be before {@code from}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AssessmentPeriod(
        @NotNull LocalDate from, @NotNull LocalDate to) {

    /** Whether a date falls inside the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
