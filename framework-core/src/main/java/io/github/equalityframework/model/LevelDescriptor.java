package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a criterion looks like at one maturity level.
 *
 * @param level            the id of a level on the framework's scale
 * @param text             the descriptor
 * @param expectedEvidence ids of the evidence kinds that show this level, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LevelDescriptor(
        @NotBlank String level, @NotBlank String text, List<@NotBlank String> expectedEvidence) {
    public LevelDescriptor {
        expectedEvidence = Lists.copy(expectedEvidence);
    }
}
