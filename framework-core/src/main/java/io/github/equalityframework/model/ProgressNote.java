package io.github.equalityframework.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A dated progress update on an action.
 *
 * @param date       when progress was reported
 * @param note       what happened
 * @param reportedTo e.g. cabinet or scrutiny, may be {@code null}
 */
public record ProgressNote(@NotNull LocalDate date, @NotBlank String note, String reportedTo) {}
