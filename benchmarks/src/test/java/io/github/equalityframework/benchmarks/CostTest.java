package io.github.equalityframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures the harness compares: medians taken figure by figure, and the process's own times read. */
class CostTest {
    @Test
    void theMedianOfCostsIsTakenForEachFigureOnItsOwn() {
        Cost median = Cost.median(List.of(new Cost(3, 1, 0.5), new Cost(1, 9, 0.1), new Cost(2, 5, 0.9)));

        assertEquals(new Cost(2, 5, 0.5), median);
    }

    @Test
    void workInThisProcessIsTimedWithItsCpuAndSystemTime() throws Exception {
        Cost cost = Cost.of(() -> Thread.sleep(20));

        assertTrue(cost.wall() >= 0.02, cost.toString());
        assertTrue(cost.cpu() >= cost.system() && cost.system() >= 0, cost.toString());
        assertEquals(
                Map.of("wallSeconds", 1.235, "cpuSeconds", 0.5, "systemSeconds", 0.25),
                new Cost(1.2346, 0.5, 0.25).toMap());
    }
}
