package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A peer team's feedback on one module.
 *
 * @param module          the module id
 * @param strengths       what the peers found working well, never {@code null}
 * @param areasToDevelop  areas to develop or "for consideration", never {@code null}
 * @param recommendations numbered recommendations, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModuleFeedback(
        @NotBlank String module,
        List<@NotBlank String> strengths,
        List<@NotBlank String> areasToDevelop,
        List<@NotNull @Valid Recommendation> recommendations) {

    public ModuleFeedback {
        strengths = Lists.copy(strengths);
        areasToDevelop = Lists.copy(areasToDevelop);
        recommendations = Lists.copy(recommendations);
    }
}
