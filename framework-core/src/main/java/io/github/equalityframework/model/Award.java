package io.github.equalityframework.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A level awarded after a peer challenge, under schemes that make awards.
 *
 * @param level     the awarded level id
 * @param awardedOn when it was awarded
 * @param expiresOn when re-accreditation is due, may be {@code null}
 */
public record Award(@NotBlank String level, @NotNull LocalDate awardedOn, LocalDate expiresOn) {}
