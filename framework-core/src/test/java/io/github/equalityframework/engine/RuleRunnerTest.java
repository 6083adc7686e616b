package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** How rule calls are run: inline without a budget; with one, a list of calls on one watched worker at a time. */
class RuleRunnerTest {
    private static final Duration BUDGET = Duration.ofMillis(100);

    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Test
    void withoutABudgetCallsRunOnTheCallersThread() {
        try (RuleRunner runner = new RuleRunner(null)) {
            List<RuleRunner.Outcome<String>> outcomes = runner.runAll(List.of(named("a"), named("b")));

            assertEquals(List.of(done("a"), done("b")), outcomes);
            assertEquals(List.of(Thread.currentThread().getName(), Thread.currentThread().getName()), threads);
        }
    }

    @Test
    void withABudgetAListOfCallsIsHandedToOneWorkerAndRunInOrder() {
        try (RuleRunner runner = new RuleRunner(Duration.ofSeconds(5))) {
            List<RuleRunner.Outcome<String>> outcomes = runner.runAll(List.of(named("a"), named("b"), named("c")));

            assertEquals(List.of(done("a"), done("b"), done("c")), outcomes);
            assertEquals(3, threads.size());
            assertEquals(1, threads.stream().distinct().count(), "one worker for the list: " + threads);
            assertTrue(threads.get(0).startsWith("eflg-rule-"), threads.get(0));
        }
    }

    @Test
    void callPastItsBudgetIsAbandonedItsLateResultDroppedAndTheRestRunOnAFreshWorker() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        Callable<String> deaf = () -> {
            threads.add(Thread.currentThread().getName());
            // Ignores interrupts, as careless plugin code does; it returns only when the test lets it.
            while (true) {
                try {
                    release.await();
                    returned.countDown();
                    return "late";
                } catch (InterruptedException ignored) {
                    // keep waiting
                }
            }
        };
        try (RuleRunner runner = new RuleRunner(BUDGET)) {
            List<RuleRunner.Outcome<String>> outcomes = runner.runAll(List.of(named("a"), deaf, named("c")));
            release.countDown();
            returned.await();

            assertEquals(List.of(done("a"), new RuleRunner.Outcome.Failed<>("ran past its time budget of 100 ms"), done("c")), outcomes);
            assertEquals(threads.get(0), threads.get(1), "a and the slow call share the first worker");
            assertNotEquals(threads.get(1), threads.get(2), "c runs on another worker");
        }
    }

    @Test
    void whateverACallThrowsOrANullItReturnsIsItsFailure() {
        for (Duration budget : new Duration[] {null, BUDGET}) {
            try (RuleRunner runner = new RuleRunner(budget)) {
                List<RuleRunner.Outcome<String>> outcomes = runner.runAll(List.of(
                        () -> {
                            throw new IllegalStateException("boom");
                        },
                        () -> null,
                        () -> {
                            throw new StackOverflowError();
                        },
                        named("d")));

                assertEquals(List.of(new RuleRunner.Outcome.Failed<>("threw java.lang.IllegalStateException: boom"),
                        new RuleRunner.Outcome.Failed<>("returned nothing (null)"),
                        new RuleRunner.Outcome.Failed<>("threw java.lang.StackOverflowError"), done("d")), outcomes, "budget " + budget);
            }
        }
    }

    @Test
    void interruptedCallerReportsEveryUnfinishedCallAsInterruptedAndKeepsItsInterruptStatus() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Callable<String> waiting = () -> {
            release.await();
            return "never";
        };
        try (RuleRunner runner = new RuleRunner(Duration.ofSeconds(30))) {
            Thread.currentThread().interrupt();
            List<RuleRunner.Outcome<String>> outcomes;
            try {
                outcomes = runner.runAll(List.of(waiting, named("b")));
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt status is kept");
                release.countDown();
            }

            RuleRunner.Outcome<String> interrupted = new RuleRunner.Outcome.Failed<>("was interrupted");
            assertEquals(List.of(interrupted, interrupted), outcomes);
        }
    }

    private Callable<String> named(String value) {
        return () -> {
            threads.add(Thread.currentThread().getName());
            return value;
        };
    }

    private static RuleRunner.Outcome<String> done(String value) {
        return new RuleRunner.Outcome.Done<>(value);
    }
}
