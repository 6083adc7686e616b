package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * The level a peer team validated for one criterion.
 *
 * @param criterion the criterion id
 * @param level     the validated level id
 * @param rationale why the peers chose this level, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValidatedLevel(
        @NotBlank String criterion, @NotBlank String level, String rationale) {}
