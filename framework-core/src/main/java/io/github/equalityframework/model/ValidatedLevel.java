package io.github.equalityframework.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The level a peer team validated for one criterion.
 *
 * @param criterion the criterion id
 * @param level     the validated level id
 * @param rationale why the peers chose this level, may be {@code null}
 */
public record ValidatedLevel(@NotBlank String criterion, @NotBlank String level, String rationale) {}
