package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * The organisation that assesses itself.
 *
 * @param name    the organisation's name, e.g. {@code Anytown Borough Council}
 * @param gssCode the ONS/GSS code of a local authority (E06, E07, E08, E09, E10, W06 or S12 and six
 *                digits), may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Organisation(
        @NotBlank String name,

        @Pattern(
                regexp = "(E06|E07|E08|E09|E10|W06|S12)[0-9]{6}",
                message =
                        "must be a local authority GSS code: E06, E07, E08, E09, E10, W06 or S12 followed by six digits, e.g. E07000123")
        String gssCode) {}
