package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The ordered levels of a framework, lowest first. {@link MaturityLevel#NOT_ASSESSED} is not part of
 * the list but is understood by every scale.
 *
 * @param levels the levels; the constructor sorts them by rank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MaturityScale(@NotEmpty List<@NotNull @Valid MaturityLevel> levels) {

    public MaturityScale {
        levels = Lists.copy(levels);
        if (levels.stream().noneMatch(l -> l == null)) {
            levels = levels.stream().sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** The level with this id, or {@link MaturityLevel#NOT_ASSESSED} for its id; empty when unknown. */
    public Optional<MaturityLevel> level(String id) {
        if (MaturityLevel.NOT_ASSESSED.id().equals(id)) {
            return Optional.of(MaturityLevel.NOT_ASSESSED);
        }
        // A loop, not a stream: the engine and the plan checks look levels up for every claim of every file.
        for (MaturityLevel level : levels) {
            if (level != null && level.id().equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The lowest level of the scale. */
    public MaturityLevel lowest() {
        return levels.get(0);
    }

    /** The highest level of the scale. */
    public MaturityLevel highest() {
        return levels.get(levels.size() - 1);
    }

    /** The level ids, lowest first, joined for messages: {@code developing, achieving, excellent}. */
    public String describeIds() {
        return levels.stream().map(MaturityLevel::id).collect(Collectors.joining(", "));
    }
}
