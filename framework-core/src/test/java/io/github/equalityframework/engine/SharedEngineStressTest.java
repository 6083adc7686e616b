package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One engine shared by 16 threads, 1,000 assessments each, gives exactly the single-threaded results. */
class SharedEngineStressTest {
    private static final List<String> LEVELS = List.of("developing", "achieving", "excellent", "not-assessed");

    /** Assessments that differ in their claimed levels and evidence, so that results differ too. */
    private static SelfAssessment variant(int i) {
        SelfAssessment sample = TestFramework.sample();
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < sample.claims().size(); c++) {
            Claim claim = sample.claims().get(c);
            claims.add(new Claim(
                    claim.criterion(),
                    LEVELS.get((i + c) % LEVELS.size()),
                    claim.narrative(),
                    claim.evidence().subList(0, 1 + (i + c) % claim.evidence().size())));
        }
        return TestFramework.assessment(claims, sample.evidence(), null);
    }

    @Test
    void sixteenThreadsGiveTheSameReportsAsOne() throws Exception {
        int variants = 12; // claimed levels cycle every 4, evidence lists every 3 and 2
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .clock(AssessmentEngineTest.DECEMBER_2024)
                .build()) {
            List<AssessmentReport> expected = IntStream.range(0, variants)
                    .mapToObj(i -> engine.assess(variant(i)))
                    .toList();
            assertEquals(variants, expected.stream().distinct().count(), "the variants give different reports");

            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> threads = new ArrayList<>();
                for (int t = 0; t < 16; t++) {
                    int thread = t;
                    threads.add(pool.submit(() -> {
                        int same = 0;
                        for (int n = 0; n < 1_000; n++) {
                            int i = (thread * 7 + n) % variants;
                            if (engine.assess(variant(i)).equals(expected.get(i))) {
                                same++;
                            }
                        }
                        return same;
                    }));
                }
                for (Future<Integer> thread : threads) {
                    assertEquals(1_000, thread.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
