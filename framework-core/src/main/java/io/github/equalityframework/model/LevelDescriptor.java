package io.github.equalityframework.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What a criterion looks like at one maturity level.
 *
 * @param level            the id of a level on the framework's scale
 * @param text             the descriptor
 * @param expectedEvidence ids of the evidence kinds that show this level, never {@code null}
 */
public record LevelDescriptor(@NotBlank String level, @NotBlank String text, List<@NotBlank String> expectedEvidence) {
    public LevelDescriptor {
        expectedEvidence = Lists.copy(expectedEvidence);
    }
}
