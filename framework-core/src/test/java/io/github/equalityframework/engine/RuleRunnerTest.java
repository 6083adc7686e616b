package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How plugin calls are run: on the caller's thread without a budget; with one, the whole work on one
 * watched worker, and again on a fresh worker (reusing settled outcomes) when a call runs past the budget.
 */
class RuleRunnerTest {
    private static final Duration BUDGET = Duration.ofMillis(100);

    /** The thread of each call, in order. */
    private final List<String> threads = new CopyOnWriteArrayList<>();
    /** How many times the work was started. */
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void withoutABudgetWorkAndCallsRunOnTheCallersThread() {
        try (RuleRunner runner = new RuleRunner(null)) {
            List<RuleRunner.Outcome<String>> outcomes = runner.supervise(work(named("a"), named("b")));

            assertEquals(List.of(done("a"), done("b")), outcomes);
            assertEquals(
                    List.of(
                            Thread.currentThread().getName(),
                            Thread.currentThread().getName()),
                    threads);
        }
    }

    @Test
    void withABudgetTheWorkAndEveryCallRunOnOneWorker() {
        try (RuleRunner runner = new RuleRunner(Duration.ofSeconds(5))) {
            List<RuleRunner.Outcome<String>> outcomes = runner.supervise(work(named("a"), named("b"), named("c")));

            assertEquals(List.of(done("a"), done("b"), done("c")), outcomes);
            assertEquals(1, attempts.get());
            assertEquals(1, threads.stream().distinct().count(), "one worker: " + threads);
            assertTrue(threads.get(0).startsWith("eflg-rule-"), threads.get(0));
        }
    }

    @Test
    void callPastItsBudgetIsAbandonedAndTheWorkRunsAgainReusingWhatWasSettled() throws Exception {
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
            List<RuleRunner.Outcome<String>> outcomes = runner.supervise(work(named("a"), deaf, named("c")));
            release.countDown();
            returned.await();

            assertEquals(
                    List.of(
                            done("a"),
                            new RuleRunner.Outcome.Failed<>("ran past its time budget of 100 ms"),
                            done("c")),
                    outcomes);
            assertEquals(2, attempts.get(), "started again after the slow call");
            assertEquals(3, threads.size(), "a and the slow call ran once each, c once: " + threads);
            assertEquals(threads.get(0), threads.get(1), "a and the slow call share the first worker");
            assertNotEquals(threads.get(1), threads.get(2), "c runs on a fresh worker");
        }
    }

    @Test
    void whateverACallThrowsOrANullItReturnsIsItsFailure() {
        for (Duration budget : new Duration[] {null, BUDGET}) {
            try (RuleRunner runner = new RuleRunner(budget)) {
                List<RuleRunner.Outcome<String>> outcomes = runner.supervise(work(
                        () -> {
                            throw new IllegalStateException("boom");
                        },
                        () -> null,
                        () -> {
                            throw new StackOverflowError();
                        },
                        named("d")));

                assertEquals(
                        List.of(
                                new RuleRunner.Outcome.Failed<>("threw java.lang.IllegalStateException: boom"),
                                new RuleRunner.Outcome.Failed<>("returned nothing (null)"),
                                new RuleRunner.Outcome.Failed<>("threw java.lang.StackOverflowError"),
                                done("d")),
                        outcomes,
                        "budget " + budget);
            }
        }
    }

    @Test
    void whatTheWorkItselfThrowsReachesTheCaller() {
        IllegalStateException bug = new IllegalStateException("engine bug");
        for (Duration budget : new Duration[] {null, BUDGET}) {
            try (RuleRunner runner = new RuleRunner(budget)) {
                assertSame(
                        bug,
                        assertThrows(
                                IllegalStateException.class,
                                () -> runner.supervise(calls -> {
                                    throw bug;
                                })));
            }
        }
    }

    @Test
    void interruptedCallerReportsEveryUnsettledCallAsInterruptedAndKeepsItsInterruptStatus() {
        CountDownLatch release = new CountDownLatch(1);
        Callable<String> waiting = () -> {
            release.await();
            return "never";
        };
        try (RuleRunner runner = new RuleRunner(Duration.ofSeconds(30))) {
            Thread.currentThread().interrupt();
            List<RuleRunner.Outcome<String>> outcomes;
            try {
                outcomes = runner.supervise(work(waiting, named("b")));
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt status is kept");
                release.countDown();
            }

            RuleRunner.Outcome<String> interrupted = new RuleRunner.Outcome.Failed<>("was interrupted");
            assertEquals(List.of(interrupted, interrupted), outcomes);
        }
    }

    /** Work that makes the calls in order, keyed by position, and returns their outcomes. */
    @SafeVarargs
    private java.util.function.Function<RuleRunner.Calls, List<RuleRunner.Outcome<String>>> work(
            Callable<String>... calls) {
        return runner -> {
            attempts.incrementAndGet();
            List<RuleRunner.Outcome<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < calls.length; i++) {
                outcomes.add(runner.call(i, calls[i]));
            }
            return outcomes;
        };
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
