package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A module (performance area, domain) of a framework.
 *
 * @param id       stable id, unique within the framework, e.g. {@code m1}
 * @param title    the module's name
 * @param summary  what the module covers, may be {@code null}
 * @param criteria the module's criteria in published order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FrameworkModule(
        @NotBlank String id,
        @NotBlank String title,
        String summary,
        @NotEmpty List<@NotNull @Valid Criterion> criteria) {

    public FrameworkModule {
        criteria = Lists.copy(criteria);
    }
}
