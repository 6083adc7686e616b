package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.problem.EqualityFrameworkException;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Thrown when an engine is built with a rule profile that is unknown or invalid. It carries the problems
 * of the plugins as well, since a plugin that did not load is often why a profile is unknown: its
 * message names them first, then every problem of the profile.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidProfileException extends EqualityFrameworkException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> problems;
    private final transient List<PluginProblem> pluginProblems;

    public InvalidProfileException(List<ValidationProblem> problems) {
        this(problems, List.of());
    }

    /**
     * @param problems       every problem of the profile
     * @param pluginProblems the problems found while loading the plugins, which may explain them
     */
    public InvalidProfileException(List<ValidationProblem> problems, List<PluginProblem> pluginProblems) {
        super(Stream.concat(
                        pluginProblems.stream().map(PluginProblem::toString),
                        problems.stream().map(ValidationProblem::format))
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.pluginProblems = List.copyOf(pluginProblems);
    }

    /** Every problem found, with its location when the profile came from a file. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /**
     * The problems found while loading the plugins (as {@link PluginRegistry#problems()} would have given
     * them), to show before the profile's problems; empty when every plugin loaded cleanly.
     *
     * @since 0.1
     */
    public List<PluginProblem> pluginProblems() {
        return pluginProblems;
    }
}
