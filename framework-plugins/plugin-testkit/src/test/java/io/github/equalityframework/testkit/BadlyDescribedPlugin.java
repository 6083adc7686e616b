package io.github.equalityframework.testkit;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.List;

/** A plugin that ServiceLoader could not create, that describes itself and its rule badly and adds the rule twice. */
public final class BadlyDescribedPlugin implements EqualityFrameworkPlugin {
    private final String version;

    public BadlyDescribedPlugin(String version) {
        this.version = version;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("Badly Described", " ", version, "one point oh");
    }

    @Override
    public void setup(PluginContext context) {
        context.addCheck(unprefixed());
        context.addCheck(unprefixed());
    }

    private static AssessmentCheck unprefixed() {
        return new AssessmentCheck() {
            @Override
            public String id() {
                return "unprefixed";
            }

            @Override
            public RuleDocumentation documentation() {
                return new RuleDocumentation("Unprefixed", "", Severity.INFO, List.of());
            }

            @Override
            public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
                return List.of();
            }
        };
    }
}
