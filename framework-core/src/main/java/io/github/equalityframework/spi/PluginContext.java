package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import org.apiguardian.api.API;

/**
 * What a plugin may contribute during {@link EqualityFrameworkPlugin#setup(PluginContext)}. Everything
 * added is kept only if {@code setup} returns normally.
 */
@API(status = STABLE, since = "0.1")
public interface PluginContext {

    /** Adds a framework definition built in code. It is validated like user input. */
    void addFramework(FrameworkDefinition framework);

    /**
     * Adds a framework definition from a YAML or JSON resource of the plugin, read through the plugin's
     * module, then its class loader, e.g. {@code io/github/example/my-framework-2025.yaml}. On the module
     * path the plugin must open the resource's package to {@code io.github.equalityframework.core}
     * ({@code opens io.github.example to io.github.equalityframework.core;}). A resource that is missing or
     * invalid is reported as a problem of the plugin, with its file, line and column.
     */
    void addFrameworkResource(String resourceName);

    /** Adds a local characteristic, such as carers or care-experienced people. */
    void addCharacteristic(Characteristic characteristic);

    /** Adds an evidence kind. */
    void addEvidenceKind(EvidenceKind kind);

    /** Adds a scoring rule. Its id must be unique among all installed rules and checks. */
    void addScoringRule(ScoringRule rule);

    /** Adds a self-assessment check. Its id must be unique among all installed rules and checks. */
    void addCheck(AssessmentCheck check);

    /** Sets how levels aggregate for one framework; without it, {@link LevelAggregation#LOWEST} applies. */
    void setAggregation(String frameworkId, LevelAggregation aggregation);

    /**
     * Adds a rule profile from a YAML or JSON resource of the plugin (see the profile format in
     * {@code io.github.equalityframework.model.RuleProfile}), read like
     * {@link #addFrameworkResource(String)}.
     */
    void addProfileResource(String resourceName);

    /**
     * Adds an edition mapping from a YAML or JSON resource of the plugin, read like {@link
     * #addFrameworkResource(String)}: how the criteria (and, where they differ, the characteristics) of an older
     * edition of a framework carry over to a newer one (see the format in {@code
     * io.github.equalityframework.migration.EditionMapping}). With it, {@code eflg migrate}, {@code eflg compare},
     * {@code eflg progress} and {@code eflg diff-frameworks} work for the plugin's framework. A mapping is checked
     * against the two editions it joins once every plugin is set up; a resource that is missing or invalid, a
     * mapping between editions that are not installed, or a second mapping from the same edition is reported as a
     * problem of the plugin (with file, line and column where there is one) and not loaded.
     *
     * <p>The default throws {@link UnsupportedOperationException}; the engine's context implements it.
     *
     * @param resourceName e.g. {@code io/github/example/mapping-2020-to-2025.yaml}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    default void addEditionMappingResource(String resourceName) {
        throw new UnsupportedOperationException("this plugin context does not take edition mappings");
    }
}
