package io.github.equalityframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticAssessmentsTest {
    static final PluginRegistry REGISTRY =
            PluginRegistry.builder().add(new LgaPlugin()).build();
    static final SelfAssessmentValidator VALIDATOR = new SelfAssessmentValidator(REGISTRY.catalogue());

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        List<Path> first = SyntheticAssessments.lga2021(42).writeCouncils(dir.resolve("a"), 5, 60, Format.YAML);
        List<Path> second = SyntheticAssessments.lga2021(42).writeCouncils(dir.resolve("b"), 5, 60, Format.YAML);
        assertEquals(5, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
        }
    }

    @Test
    void anotherSeedWritesOtherAssessments() {
        String one = ModelCodec.strict().write(SyntheticAssessments.lga2021(1).council(0, 40), Format.JSON);
        String two = ModelCodec.strict().write(SyntheticAssessments.lga2021(2).council(0, 40), Format.JSON);
        assertNotEquals(one, two);
    }

    @Test
    void generatedFilesReadAndValidateCleanlyInBothFormats() {
        for (Format format : Format.values()) {
            List<Path> files = SyntheticAssessments.lga2021(7).writeCouncils(dir.resolve(format.name()), 8, 50, format);
            for (Path file : files) {
                ReadResult<SelfAssessment> read = ModelCodec.strict().readSelfAssessment(file);
                assertEquals(List.of(), read.problems(), file.toString());
                assertEquals(List.of(), VALIDATOR.validate(read.value().orElseThrow()), file.toString());
            }
        }
    }

    @Test
    void aCouncilHasTheRequestedEvidenceEveryItemLinkedOnceAndAClaimPerCriterion() {
        SyntheticAssessments generator = SyntheticAssessments.lga2021(3);
        SelfAssessment a = generator.council(11, 1_000);
        assertEquals(1_000, a.evidence().size());
        assertEquals(
                generator.framework().criteria().map(c -> c.id()).toList(),
                a.claims().stream().map(Claim::criterion).toList());
        Set<String> linked = new HashSet<>();
        a.claims().forEach(c -> c.evidence().forEach(id -> assertTrue(linked.add(id), id + " linked twice")));
        assertEquals(a.evidence().stream().map(EvidenceItem::id).collect(java.util.stream.Collectors.toSet()), linked);
        assertEquals(List.of(), VALIDATOR.validate(a));
    }

    @Test
    void councilsVaryInPeerReviewActionPlanAndScope() {
        SyntheticAssessments generator = SyntheticAssessments.lga2021(5);
        List<SelfAssessment> councils = java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> generator.council(i, 20))
                .toList();
        assertTrue(councils.stream().anyMatch(a -> a.peerReview() != null && a.actionPlan() != null));
        assertTrue(councils.stream().anyMatch(a -> a.peerReview() == null));
        assertTrue(councils.stream().anyMatch(a -> !a.scope().allCharacteristics()));
        assertTrue(councils.stream().anyMatch(a -> a.scope().allCharacteristics()));
        assertEquals(
                16,
                councils.stream().map(a -> a.organisation().name()).distinct().count());
        councils.forEach(a ->
                assertEquals(List.of(), VALIDATOR.validate(a), a.organisation().name()));
        assertFalse(councils.get(0).localCharacteristics().isEmpty());
    }
}
