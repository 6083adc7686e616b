package io.github.equalityframework.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A numbered recommendation of a peer challenge.
 *
 * @param id   its number or id, unique within the review, e.g. {@code R3}
 * @param text what the peers recommend
 */
public record Recommendation(@NotBlank String id, @NotBlank String text) {}
