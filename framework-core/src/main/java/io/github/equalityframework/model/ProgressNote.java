package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A dated progress update on an action.
 *
 * @param date       when progress was reported
 * @param note       what happened
 * @param reportedTo e.g. cabinet or scrutiny, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProgressNote(
        @NotNull LocalDate date, @NotBlank String note, String reportedTo) {}
