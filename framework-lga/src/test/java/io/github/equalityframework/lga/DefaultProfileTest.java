package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.InstalledRule;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The lga-default profile writes out every rule with its documented severity and parameters. */
class DefaultProfileTest {
    static final PluginRegistry REGISTRY = LgaContentTest.REGISTRY;
    static final List<String> RULES = List.of(
            "lga.characteristic-coverage",
            "lga.characteristic-without-evidence",
            "lga.claim-above-evidence",
            "lga.claim-without-evidence",
            "lga.complete-without-progress",
            "lga.evidence-date",
            "lga.evidence-kinds",
            "lga.evidence-recency",
            "lga.excellent-awaiting-validation",
            "lga.excellent-needs-validation",
            "lga.narrative-missing",
            "lga.overdue-actions",
            "lga.plan-dates",
            "lga.plan-reconciliation",
            "lga.plan-timescales",
            "lga.psed-equality-information",
            "lga.psed-equality-objectives",
            "lga.review-recommendations",
            "lga.unused-evidence",
            "lga.validated-above-evidence-rationale");

    static RuleProfile profile() throws IOException {
        try (InputStream in = LgaPlugin.class.getResourceAsStream("profile-lga-default.yaml")) {
            var read = ModelCodec.strict().read(in, "profile-lga-default.yaml", Format.YAML, RuleProfile.class);
            assertEquals(List.of(), read.problems());
            return read.value().orElseThrow();
        }
    }

    @Test
    void thePluginInstallsTheDocumentedRulesAndShipsOneProfile() {
        assertEquals(RULES, REGISTRY.rules().stream().map(r -> r.rule().id()).toList());
        assertEquals(List.of("lga-default"), REGISTRY.profileIds());
        assertEquals("lga", REGISTRY.profileOwner("lga-default"));
    }

    @Test
    void theProfileNamesEveryRuleSwitchedOnWithItsDefaultSeverityAndParameters() throws IOException {
        RuleProfile profile = profile();
        assertEquals(RULES, List.copyOf(profile.rules().keySet()));
        for (InstalledRule installed : REGISTRY.rules()) {
            RuleDocumentation doc = installed.rule().documentation();
            RuleSetting setting = profile.rules().get(installed.rule().id());
            String id = installed.rule().id();
            assertEquals(Boolean.TRUE, setting.enabled(), id);
            assertEquals(doc.defaultSeverity(), setting.severity(), id + " states its default severity");
            Map<String, Object> written = new TreeMap<>();
            setting.parameters().forEach((name, value) -> written.put(name, ((Number) value).longValue()));
            assertEquals(RuleParameters.defaults(doc).asMap(), written, id + " states every parameter at its default");
        }
    }

    @Test
    void everyRuleIsDocumentedWithWhatWhyAndItsParameters() {
        for (InstalledRule installed : REGISTRY.rules()) {
            String id = installed.rule().id();
            RuleDocumentation doc = installed.rule().documentation();
            assertTrue(id.matches("lga\\.[a-z]+(-[a-z]+)*"), id);
            assertFalse(doc.title().isBlank(), id);
            assertTrue(
                    doc.description().contains("Why")
                            || doc.description().contains("why")
                            || doc.description().contains(". "),
                    id);
            for (Parameter<?> p : doc.parameters()) {
                assertTrue(doc.description().contains(p.name()), id + " explains its parameter " + p.name());
            }
        }
    }

    @Test
    void everyRuleAppliesToTheThreeLgaEditionsAndNoOtherFramework() {
        FrameworkDefinition eflg2021 =
                REGISTRY.catalogue().framework("lga-eflg-2021").orElseThrow();
        FrameworkDefinition other = new FrameworkDefinition(
                "nhs-eds-2022",
                "2022",
                "Other",
                eflg2021.source(),
                eflg2021.scale(),
                eflg2021.modules(),
                List.of(),
                List.of());
        for (InstalledRule installed : REGISTRY.rules()) {
            for (FrameworkDefinition f : REGISTRY.catalogue().frameworks()) {
                assertTrue(installed.rule().appliesTo(f), installed.rule().id() + " on " + f.id());
            }
            assertFalse(installed.rule().appliesTo(other), installed.rule().id());
        }
    }
}
