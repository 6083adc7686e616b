package io.github.equalityframework.spi;

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
}
