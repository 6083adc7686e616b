package io.github.equalityframework.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A module (performance area, domain) of a framework.
 *
 * @param id       stable id, unique within the framework, e.g. {@code m1}
 * @param title    the module's name
 * @param summary  what the module covers, may be {@code null}
 * @param criteria the module's criteria in published order
 */
public record FrameworkModule(
        @NotBlank String id,
        @NotBlank String title,
        String summary,
        @NotEmpty List<@NotNull @Valid Criterion> criteria) {

    public FrameworkModule {
        criteria = Lists.copy(criteria);
    }
}
