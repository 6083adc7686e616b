package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A level awarded after a peer challenge, under schemes that make awards.
 *
 * @param level     the awarded level id
 * @param awardedOn when it was awarded
 * @param expiresOn when re-accreditation is due, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Award(@NotBlank String level, @NotNull LocalDate awardedOn, LocalDate expiresOn) {}
