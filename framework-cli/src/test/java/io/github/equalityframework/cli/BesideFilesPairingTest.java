package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

/** Pairing reviews and plans with their self-assessments, in a folder of many. */
class BesideFilesPairingTest {
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
            BesideFiles beside = BesideFiles.pair(files);
            assertTrue(files.reads <= 4L * files.size(), n + " assessments: " + files.reads + " reads");
            assertEquals(n, beside.reviews().size());
            assertEquals(n, beside.plans().size());
        }
    }

    @Test
    void eachAssessmentGetsItsOwnReviewAndPlansMainPlanFirst() {
        BesideFiles beside = BesideFiles.pair(folder(1_500));
        for (int i : List.of(0, 7, 1_499)) {
            Path a = Path.of("shared", "council-" + i + ".yaml");
            assertEquals(
                    Path.of("shared", "council-" + i + "-review.yaml"),
                    beside.reviews().get(a));
            assertEquals(
                    List.of(
                            Path.of("shared", "council-" + i + "-plan.yaml"),
                            Path.of("shared", "council-" + i + "-plan-objectives.yaml")),
                    beside.plans().get(a));
            assertTrue(beside.isBeside(Path.of("shared", "council-" + i + "-plan-objectives.yaml")));
        }
        // only beside a self-assessment of the same folder and name
        BesideFiles apart = BesideFiles.pair(List.of(
                Path.of("a", "anytown.yaml"),
                Path.of("b", "anytown-review.yaml"),
                Path.of("a", "anytown-review-x.yaml")));
        assertEquals(0, apart.reviews().size());
        assertTrue(!apart.isBeside(Path.of("b", "anytown-review.yaml")));
    }
}
