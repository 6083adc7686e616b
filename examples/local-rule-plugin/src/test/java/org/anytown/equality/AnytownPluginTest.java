package org.anytown.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.testkit.PluginConformance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnytownPluginTest {
    static final Path EXAMPLE = Path.of("..", "data", "anytown-2024.yaml");

    @Test
    void conformsToTheSdkAlongsideTheLgaPlugin() {
        PluginConformance.of(AnytownPlugin.class).alongside(new LgaPlugin()).assertConforms();
    }

    @Test
    void theTestKitRunsWithoutJqwik() {
        // As in a council's own project, nothing of jqwik is on this test class path (see pom.xml), and the
        // conformance check above still runs in full.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("net.jqwik.api.Arbitrary"));
    }

    @Test
    void councilProfileFlagsEiasThatMissLocalCharacteristicsAndRaisesUnusedEvidence() {
        var assessment = ModelCodec.strict().readSelfAssessment(EXAMPLE).value().orElseThrow();
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .plugin(new AnytownPlugin())
                .profile("anytown-council")
                .clock(Clock.fixed(Instant.parse("2024-12-01T00:00:00Z"), ZoneOffset.UTC))
                .build()) {
            AssessmentReport report = engine.assess(assessment);

            List<Finding> eia = report.findings().stream()
                    .filter(f -> f.rule().equals("anytown.eia-local-characteristics"))
                    .toList();
            assertTrue(!eia.isEmpty(), report.findings().toString());
            assertTrue(
                    eia.stream().allMatch(f -> f.message().contains("does not consider care-experience")),
                    eia.toString());
            assertTrue(
                    report.findings().stream()
                            .filter(f -> f.rule().equals("lga.unused-evidence"))
                            .allMatch(f -> f.severity() == Severity.WARNING),
                    "raised from info by the council profile");
            assertEquals(
                    24L,
                    engine.rules().stream()
                            .filter(r -> r.id().equals("lga.evidence-recency"))
                            .findFirst()
                            .orElseThrow()
                            .parameters()
                            .asMap()
                            .get("maxAgeMonths"));
        }
    }
}
