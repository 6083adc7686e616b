package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A criterion (sub-area) of a framework module, described at each maturity level.
 *
 * @param id           stable id, unique within the framework, e.g. {@code m1/c2}
 * @param title        short name
 * @param summary      what the criterion is about, may be {@code null}
 * @param paraphrased  true when the texts are our paraphrase rather than the published wording
 * @param tags         free labels that rules may use (e.g. {@code community-facing}), never {@code null}
 * @param descriptors  one descriptor per level of the scale
 * @param questions    questions to ask in self-assessment, never {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Criterion(
        @NotBlank String id,
        @NotBlank String title,
        String summary,
        boolean paraphrased,
        List<@NotBlank String> tags,
        @NotEmpty List<@NotNull @Valid LevelDescriptor> descriptors,
        List<@NotBlank String> questions) {

    public Criterion {
        tags = Lists.copy(tags);
        descriptors = Lists.copy(descriptors);
        questions = Lists.copy(questions);
    }

    /** The descriptor for a level id, if the criterion describes that level. */
    public Optional<LevelDescriptor> descriptor(String levelId) {
        return descriptors.stream()
                .filter(d -> d != null && d.level().equals(levelId))
                .findFirst();
    }

    /** Whether the criterion carries a tag. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
