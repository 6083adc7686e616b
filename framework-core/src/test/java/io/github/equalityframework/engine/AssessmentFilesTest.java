package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one pairing convention: a review and plans go with the self-assessment they are named after. */
class AssessmentFilesTest {
    @TempDir
    Path dir;

    /** A list that counts how often its elements are looked at. */
    private static final class Counted extends AbstractList<Path> implements RandomAccess {
        final List<Path> files;
        long reads;

        Counted(List<Path> files) {
            this.files = files;
        }

        @Override
        public Path get(int index) {
            reads++;
            return files.get(index);
        }

        @Override
        public int size() {
            return files.size();
        }
    }

    private static List<Path> folder(int assessments) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < assessments; i++) {
            String name = "council-" + i;
            files.add(Path.of("shared", name + ".yaml"));
            files.add(Path.of("shared", name + "-review.yaml"));
            files.add(Path.of("shared", name + "-plan.yaml"));
            files.add(Path.of("shared", name + "-plan-objectives.yaml"));
        }
        files.sort(null);
        return files;
    }

    @Test
    void pairingLooksAtEachFileAFixedNumberOfTimesHoweverManyThereAre() {
        for (int n : List.of(150, 1_500)) {
            Counted files = new Counted(folder(n));
            List<AssessmentFiles> paired = AssessmentFiles.pair(files);
            assertTrue(files.reads <= 4L * files.size(), n + " assessments: " + files.reads + " reads");
            assertEquals(n, paired.size());
        }
    }

    @Test
    void eachAssessmentGetsItsOwnReviewAndPlansMainPlanFirst() {
        List<AssessmentFiles> paired = AssessmentFiles.pair(folder(1_500));
        for (int i : List.of(0, 7, 1_499)) {
            AssessmentFiles files = paired.stream()
                    .filter(f -> f.assessment().equals(Path.of("shared", "council-" + i + ".yaml")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Path.of("shared", "council-" + i + "-review.yaml"), files.review());
            assertEquals(
                    List.of(
                            Path.of("shared", "council-" + i + "-plan.yaml"),
                            Path.of("shared", "council-" + i + "-plan-objectives.yaml")),
                    files.plans());
        }
    }

    @Test
    void aReviewOrPlanGoesOnlyWithASelfAssessmentOfTheSameFolderAndNameElseItStandsForItself() {
        List<Path> given = List.of(
                Path.of("a", "anytown.yaml"),
                Path.of("b", "anytown-review.yaml"),
                Path.of("a", "anytown-review-x.yaml"));

        assertEquals(
                List.of(
                        AssessmentFiles.of(Path.of("a", "anytown.yaml")),
                        AssessmentFiles.of(Path.of("b", "anytown-review.yaml")),
                        AssessmentFiles.of(Path.of("a", "anytown-review-x.yaml"))),
                AssessmentFiles.pair(given));
        assertTrue(AssessmentFiles.namedAsBeside(Path.of("b", "anytown-review.yaml")));
        assertFalse(AssessmentFiles.namedAsBeside(Path.of("a", "anytown.yaml")));
    }

    @Test
    void aWorkbookTakesTheReviewAndPlanNamedAfterItAsAYamlFileDoes() {
        List<Path> given =
                List.of(Path.of("anytown-plan.yaml"), Path.of("anytown-review.yaml"), Path.of("anytown.xlsx"));

        assertEquals(
                List.of(new AssessmentFiles(
                        Path.of("anytown.xlsx"),
                        Path.of("anytown-review.yaml"),
                        List.of(Path.of("anytown-plan.yaml")))),
                AssessmentFiles.pair(given));
    }

    @Test
    void besideFindsTheReviewAndPlansInTheFolderOfTheAssessment() throws IOException {
        for (String name : List.of(
                "anytown.yaml",
                "anytown-review.yaml",
                "anytown-plan-draft.yaml",
                "anytown-plan.yaml",
                "anytown-2024.yaml",
                "newtown-plan.yaml")) {
            Files.writeString(dir.resolve(name), "");
        }

        AssessmentFiles files = AssessmentFiles.beside(dir.resolve("anytown.yaml"));

        assertEquals(
                new AssessmentFiles(
                        dir.resolve("anytown.yaml"),
                        dir.resolve("anytown-review.yaml"),
                        List.of(dir.resolve("anytown-plan.yaml"), dir.resolve("anytown-plan-draft.yaml"))),
                files);
        assertEquals(
                List.of(dir.resolve("anytown.yaml")),
                AssessmentFiles.beside(dir.resolve("anytown.yaml"))
                        .withReview(null)
                        .withPlan(null)
                        .files());
    }
}
