package io.github.equalityframework.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs plugin code so that a rule that throws, returns nothing or runs too long cannot take the
 * assessment down with it.
 *
 * <p>Without a time budget everything runs on the caller's thread. With one, a whole assessment runs on
 * a worker thread, its rule calls inline, while the caller watches the call in progress: one hand-off
 * per assessment, where a thread per rule call cost more than most rules do. When a call runs past the
 * budget, the caller records it as failed, abandons the worker (interrupts it and drops whatever it
 * produces) and runs the assessment again on a fresh worker. Every call settled in an earlier attempt
 * gives the same outcome again without running, so the new attempt picks up where the old one stopped.
 */
final class RuleRunner implements AutoCloseable {
    private final Duration budget;
    private final ExecutorService pool;

    RuleRunner(Duration budget) {
        this.budget = budget;
        AtomicInteger count = new AtomicInteger();
        this.pool = budget == null
                ? null
                : Executors.newCachedThreadPool(task -> {
                    Thread thread = new Thread(task, "eflg-rule-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** What a call gave: a value, or why there is none. */
    sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {}

        record Failed<T>(String why) implements Outcome<T> {}
    }

    /** How one attempt at a piece of work calls plugin code. */
    interface Calls {
        /**
         * Calls plugin code. {@code key} names the call (for example the phase and the rule id) and must be
         * the same in every attempt at the same work, so that an attempt after an abandoned one reuses its outcomes.
         */
        <T> Outcome<T> call(Object key, Callable<T> call);
    }

    /**
     * Runs the work, which makes its plugin calls through the {@link Calls} it is given; with a time
     * budget, as described above. Whatever the work itself throws is rethrown.
     */
    <R> R supervise(Function<Calls, R> work) {
        if (pool == null) {
            return work.apply(RuleRunner::inline);
        }
        Map<Object, Outcome<?>> settled = new ConcurrentHashMap<>();
        while (true) {
            Attempt attempt = new Attempt(settled, false);
            Future<R> result = pool.submit(() -> work.apply(attempt));
            if (watch(attempt, result)) {
                return join(result);
            }
            if (attempt.interrupted) {
                // Every call still to come fails at once, so no plugin code runs: this thread can do it.
                try {
                    return work.apply(new Attempt(settled, true));
                } finally {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Waits for the attempt; false when it was abandoned because a call ran past the budget or this thread was interrupted. */
    private boolean watch(Attempt attempt, Future<?> result) {
        long budgetNanos = budget.toNanos();
        while (true) {
            Attempt.Running running = attempt.running;
            long left = running == null ? budgetNanos : running.since() + budgetNanos - System.nanoTime();
            if (left > 0) {
                try {
                    result.get(left, TimeUnit.NANOSECONDS);
                    return true;
                } catch (TimeoutException e) {
                    continue;
                } catch (ExecutionException e) {
                    return true; // rethrown by join
                } catch (InterruptedException e) {
                    attempt.interrupted = true;
                    attempt.abandon(attempt.running, new Outcome.Failed<>("was interrupted"), true);
                    result.cancel(true);
                    return false;
                }
            }
            if (attempt.abandon(
                    running, new Outcome.Failed<>("ran past its time budget of " + describe(budget)), false)) {
                result.cancel(true);
                return false;
            }
            Thread.onSpinWait(); // the call finished just now
        }
    }

    private static <R> R join(Future<R> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError("the result is ready", e);
        }
    }

    private static <T> Outcome<T> inline(Object key, Callable<T> call) {
        try {
            return done(call.call());
        } catch (Exception | LinkageError | StackOverflowError e) {
            return failed(e);
        }
    }

    /** A result the engine cannot use fails the rule with the engine's reason; anything else thrown is reported as thrown. */
    private static <T> Outcome<T> failed(Throwable e) {
        return new Outcome.Failed<>(
                e instanceof Assessment.InvalidResult invalid ? invalid.getMessage() : "threw " + e);
    }

    private static <T> Outcome<T> done(T value) {
        return value == null ? new Outcome.Failed<>("returned nothing (null)") : new Outcome.Done<>(value);
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** One attempt at the work, on one worker; outcomes are shared with the attempts after it. */
    private static final class Attempt implements Calls {
        /** The call in progress, and since when. */
        record Running(Object key, long since) {}

        private final Map<Object, Outcome<?>> settled;
        /** For the attempt after an interrupt: calls not yet settled fail without running. */
        private final boolean failUnsettled;

        volatile Running running;
        volatile boolean interrupted;
        /** Written while holding {@code settled}, so that no outcome is settled by an attempt after it is abandoned. */
        private volatile boolean abandoned;

        Attempt(Map<Object, Outcome<?>> settled, boolean failUnsettled) {
            this.settled = settled;
            this.failUnsettled = failUnsettled;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Outcome<T> call(Object key, Callable<T> call) {
            if (abandoned) {
                throw new Abandoned();
            }
            Outcome<?> earlier = settled.get(key);
            if (earlier != null) {
                return (Outcome<T>) earlier;
            }
            if (failUnsettled) {
                return new Outcome.Failed<>("was interrupted");
            }
            running = new Running(key, System.nanoTime());
            Outcome<T> outcome;
            try {
                outcome = done(call.call());
            } catch (Throwable e) { // as on a thread of its own: whatever the rule throws is its failure
                outcome = failed(e);
            }
            running = null;
            synchronized (settled) {
                if (abandoned) {
                    throw new Abandoned(); // the watcher gave up on this attempt; its results are dropped
                }
                settled.put(key, outcome);
            }
            return outcome;
        }

        /**
         * Gives up on this attempt, settling the running call (if any, and not settled yet) with the
         * failure. Unless forced, false when that call settled first (it finished just in time): then the
         * attempt goes on.
         */
        boolean abandon(Running call, Outcome<?> failure, boolean force) {
            synchronized (settled) {
                boolean unsettled = call != null && !settled.containsKey(call.key());
                if (!force && !unsettled) {
                    return false;
                }
                if (unsettled) {
                    settled.put(call.key(), failure);
                }
                abandoned = true;
                return true;
            }
        }
    }

    /** Unwinds an abandoned attempt's worker; nobody reads what it produces. */
    private static final class Abandoned extends Error {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }
}
