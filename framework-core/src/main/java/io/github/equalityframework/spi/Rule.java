package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.FrameworkDefinition;
import org.apiguardian.api.API;

/**
 * What scoring rules and checks have in common. Implementations must be stateless (or immutable) and
 * thread-safe: one instance serves every assessment, from many threads at once.
 */
@API(status = STABLE, since = "0.1")
public interface Rule {

    /**
     * The rule's id, unique among all installed rules, stable once published; by convention the plugin
     * id, a dot and a kebab-case name, e.g. {@code lga.evidence-recency}.
     */
    String id();

    /** What the rule does, its default severity and its parameters; never {@code null}. */
    RuleDocumentation documentation();

    /** Whether the rule applies to assessments against this framework; by default, to every framework. */
    default boolean appliesTo(FrameworkDefinition framework) {
        return true;
    }
}
