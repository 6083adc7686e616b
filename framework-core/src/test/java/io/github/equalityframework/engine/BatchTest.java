package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A batch's tasks run their rule calls on their own thread (no hand-off per assessment), and the time budget still
 * stops a rule: the call fails, and the task starts again on a fresh thread, reusing what was settled.
 */
class BatchTest {
    private static final Duration BUDGET = Duration.ofMillis(100);
    /** For tests where quick calls must finish within the budget even on a busy machine. */
    private static final Duration SECOND = Duration.ofSeconds(1);

    /** The value and thread of each call ({@code a@thread}), in order. */
    private final List<String> threads = new CopyOnWriteArrayList<>();
    /** How many times a task was started. */
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aTasksRuleCallsRunOnTheTasksOwnThread() throws Exception {
        try (RuleRunner runner = new RuleRunner(Duration.ofSeconds(5));
                Batch batch = new Batch(runner, 2)) {
            CompletableFuture<List<Object>> result = batch.submit(() -> {
                String task = Thread.currentThread().getName();
                // two assessments in one task, as a file assessed with two plans
                return List.of(
                        task, runner.supervise(work(named("a"), named("b"))), runner.supervise(work(named("c"))));
            });

            List<Object> got = result.get();
            assertEquals("eflg-assess", got.get(0));
            assertEquals(List.of(done("a"), done("b")), got.get(1));
            assertEquals(List.of(done("c")), got.get(2));
            assertEquals(List.of("a@eflg-assess", "b@eflg-assess", "c@eflg-assess"), threads);
        }
    }

    @Test
    void aCallPastItsBudgetFailsAndTheTaskStartsAgainOnAFreshThreadReusingWhatWasSettled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        Callable<String> deaf = () -> {
            threads.add("deaf@" + Thread.currentThread().getName());
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
        try (RuleRunner runner = new RuleRunner(SECOND);
                Batch batch = new Batch(runner, 1)) {
            CompletableFuture<List<Object>> slow = batch.submit(() -> {
                attempts.incrementAndGet();
                return List.of(runner.supervise(work(named("a"))), runner.supervise(work(deaf, named("c"))));
            });
            // The batch's only thread is left to the deaf rule: the batch takes on another for what follows.
            CompletableFuture<List<Object>> next = batch.submit(() -> List.of(runner.supervise(work(named("d")))));

            List<Object> outcomes = slow.get();
            assertEquals(List.of(done("d")), next.get().get(0));
            release.countDown();
            returned.await();

            assertEquals(
                    List.of(
                            List.of(done("a")),
                            List.of(new RuleRunner.Outcome.Failed<>("ran past its time budget of 1 s"), done("c"))),
                    outcomes);
            assertEquals(2, attempts.get(), "started again after the slow call");
            assertEquals(List.of("a@eflg-assess", "deaf@eflg-assess"), threads.subList(0, 2), "on the task's thread");
            List<String> rest = List.copyOf(threads.subList(2, threads.size()));
            assertEquals(2, rest.size(), "c and d ran once each: " + threads);
            assertTrue(rest.contains("d@eflg-assess"), "d on the batch's new thread: " + threads);
            assertTrue(
                    rest.stream().anyMatch(t -> t.startsWith("c@eflg-rule-")),
                    "c on a fresh thread, when the task started again: " + threads);
        }
    }

    @Test
    void aThreadWhoseRuleWasStoppedIsNotLeftInterruptedForTheNextTask() throws Exception {
        Callable<String> sleeper = () -> {
            Thread.sleep(60_000); // interrupted by the watchdog
            return "late";
        };
        try (RuleRunner runner = new RuleRunner(BUDGET);
                Batch batch = new Batch(runner, 1)) {
            CompletableFuture<List<RuleRunner.Outcome<String>>> stopped =
                    batch.submit(() -> runner.supervise(work(sleeper)));
            assertEquals(
                    List.of(new RuleRunner.Outcome.Failed<String>("ran past its time budget of 100 ms")),
                    stopped.get());
            // The task's first thread came back from the rule once interrupted; every thread of the batch now runs
            // tasks with no interrupt pending.
            for (int i = 0; i < 4; i++) {
                assertFalse(
                        batch.submit(() -> Thread.currentThread().isInterrupted())
                                .get(),
                        "task " + i + " started interrupted");
            }
        }
    }

    @Test
    void whatATaskThrowsCompletesItsFuture() {
        IllegalStateException bug = new IllegalStateException("engine bug");
        for (Duration budget : new Duration[] {null, BUDGET}) {
            try (RuleRunner runner = new RuleRunner(budget);
                    Batch batch = new Batch(runner, 2)) {
                CompletableFuture<Object> result = batch.submit(() -> {
                    throw bug;
                });
                assertSame(
                        bug, assertThrows(ExecutionException.class, result::get).getCause(), "budget " + budget);
            }
        }
    }

    @Test
    void aBatchNeedsAThread() {
        try (RuleRunner runner = new RuleRunner(BUDGET)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Batch(runner, 0));
            assertEquals("a batch needs at least one thread, not 0", e.getMessage());
        }
    }

    @Test
    void withoutABudgetATaskRunsAsWritten() throws Exception {
        try (RuleRunner runner = new RuleRunner(null);
                Batch batch = new Batch(runner, 2)) {
            assertEquals(
                    List.of(done("a")),
                    batch.submit(() -> runner.supervise(work(named("a")))).get());
            assertEquals(List.of("a@eflg-assess"), threads);
        }
    }

    /** Work that makes the calls in order, keyed by position, and returns their outcomes. */
    @SafeVarargs
    private Function<RuleRunner.Calls, List<RuleRunner.Outcome<String>>> work(Callable<String>... calls) {
        return runner -> {
            List<RuleRunner.Outcome<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < calls.length; i++) {
                outcomes.add(runner.call(i, calls[i]));
            }
            return outcomes;
        };
    }

    private Callable<String> named(String value) {
        return () -> {
            threads.add(value + "@" + Thread.currentThread().getName());
            return value;
        };
    }

    private static RuleRunner.Outcome<String> done(String value) {
        return new RuleRunner.Outcome.Done<>(value);
    }
}
