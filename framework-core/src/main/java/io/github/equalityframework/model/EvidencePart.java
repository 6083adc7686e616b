package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.apiguardian.api.API;

/**
 * One part of a counted evidence item, e.g. 14 of its 23 consultations held online.
 *
 * @param label what this part counts, e.g. {@code online}
 * @param count how many, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvidencePart(
        @NotBlank String label,
        @NotNull @Positive(message = "must be at least 1") Integer count) {}
