package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * Where a framework's content comes from.
 *
 * @param publisher   who published the framework, e.g. the Local Government Association
 * @param title       the publication's title
 * @param year        year of publication, may be {@code null}
 * @param reference   a URL or catalogue reference, may be {@code null}
 * @param note        how the data relates to the publication (for example which parts are paraphrased),
 *                    may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Source(@NotBlank String publisher, @NotBlank String title, Integer year, String reference, String note) {}
