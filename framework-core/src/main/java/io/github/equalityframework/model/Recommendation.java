package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * A numbered recommendation of a peer challenge.
 *
 * @param id   its number or id, unique within the review, e.g. {@code R3}
 * @param text what the peers recommend
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Recommendation(@NotBlank String id, @NotBlank String text) {}
