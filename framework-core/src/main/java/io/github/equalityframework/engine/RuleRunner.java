package io.github.equalityframework.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

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
 *
 * <p>In a batch ({@link Batch}) there is no hand-off at all: each task (one file: read, assess, write) runs its
 * rule calls inline on its own thread, and one watchdog thread per runner keeps the budget for every task. On a
 * machine whose cores are busy with other work, a hand-off per assessment cost a wait for the scheduler twice per
 * file, which made a batch many times slower than reading the same files.
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
        Attempt task = TASK.get();
        if (task != null && task.runner == this) {
            // In a task of a batch: the calls run inline, watched by the watchdog; each piece of work in the
            // task is numbered, so that a later attempt at the task reuses the outcomes of the same piece.
            int piece = task.pieces++;
            return work.apply(new Calls() {
                @Override
                public <T> Outcome<T> call(Object key, Callable<T> call) {
                    return task.call(new PieceCall(piece, key), call);
                }
            });
        }
        Map<Object, Outcome<?>> settled = new ConcurrentHashMap<>();
        while (true) {
            Attempt attempt = new Attempt(this, settled, false);
            Future<R> result = pool.submit(() -> work.apply(attempt));
            if (watch(attempt, result)) {
                return join(result);
            }
            if (attempt.interrupted) {
                // Every call still to come fails at once, so no plugin code runs: this thread can do it.
                try {
                    return work.apply(new Attempt(this, settled, true));
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
        Thread dog;
        synchronized (watched) {
            closed = true;
            dog = watchdog;
        }
        if (dog != null) {
            dog.interrupt();
        }
    }

    // ---- tasks: a batch's work, with the rule calls inline on the task's own thread

    /** The task attempt running on this thread, if any. */
    private static final ThreadLocal<Attempt> TASK = new ThreadLocal<>();

    /** A call of one piece of work (one assessment) within a task. */
    private record PieceCall(int piece, Object key) {}

    /** Task attempts in progress, for the watchdog. */
    private final Set<TaskAttempt<?>> watched = ConcurrentHashMap.newKeySet();

    private Thread watchdog;
    private boolean closed;

    /**
     * Runs a task (for example one file of a batch: read, assess, write) on the calling thread, with the rule calls
     * of every assessment in it inline: no hand-off to a rule worker. A watchdog thread, shared by all tasks, keeps
     * the time budget: when a call runs past it, the call is settled as failed, the thread is interrupted and
     * abandoned, and the task starts again on a fresh thread, reusing the outcome of every call already settled, and
     * completes the returned future there. The task must therefore be safe to start again; what it does after its
     * last rule call is done once only, since an abandoned attempt never comes back from the call that overran.
     * Without a budget the task simply runs.
     */
    <R> void runTask(Supplier<R> task, CompletableFuture<R> result, Runnable onAbandon) {
        if (pool == null) {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
            return;
        }
        new TaskAttempt<>(task, result, new ConcurrentHashMap<>(), onAbandon).run();
    }

    /** One attempt at a task, on one thread. */
    private final class TaskAttempt<R> {
        final Supplier<R> task;
        final CompletableFuture<R> result;
        final Attempt attempt;
        final Runnable onAbandon;
        Thread thread;
        /** Set, while holding {@code attempt.settled}, when the attempt has ended: it is no longer interrupted. */
        boolean finished;

        TaskAttempt(
                Supplier<R> task, CompletableFuture<R> result, Map<Object, Outcome<?>> settled, Runnable onAbandon) {
            this.task = task;
            this.result = result;
            this.onAbandon = onAbandon;
            this.attempt = new Attempt(RuleRunner.this, settled, false);
        }

        void run() {
            thread = Thread.currentThread();
            Attempt outer = TASK.get();
            TASK.set(attempt);
            watched.add(this);
            startWatchdog();
            try {
                R value = task.get();
                if (!attempt.abandoned) {
                    result.complete(value);
                }
            } catch (Abandoned e) {
                // a later attempt completes the result
            } catch (RuntimeException | Error e) {
                if (!attempt.abandoned) {
                    result.completeExceptionally(e);
                }
            } finally {
                watched.remove(this);
                TASK.set(outer);
                synchronized (attempt.settled) {
                    finished = true;
                    if (attempt.abandoned) {
                        Thread.interrupted(); // the watchdog's interrupt was for the rule, not for what this thread
                        // does next
                    }
                }
            }
        }

        /** Called by the watchdog: abandons this attempt if its call has run past the budget, and starts the next. */
        void check(long now) {
            Attempt.Running running = attempt.running;
            if (running == null || now - running.since() < budget.toNanos()) {
                return;
            }
            synchronized (attempt.settled) {
                if (finished
                        || !attempt.abandon(
                                running,
                                new Outcome.Failed<>("ran past its time budget of " + describe(budget)),
                                false)) {
                    return;
                }
                thread.interrupt();
            }
            watched.remove(this);
            onAbandon.run();
            TaskAttempt<R> next = new TaskAttempt<>(task, result, attempt.settled, () -> {});
            try {
                pool.execute(next::run);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new IllegalStateException("the engine was closed", e));
            }
        }
    }

    private void startWatchdog() {
        synchronized (watched) {
            if (watchdog != null || closed) {
                return;
            }
            watchdog = new Thread(this::watch, "eflg-rule-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    /**
     * The watchdog's loop: sleeps until the earliest call in progress reaches its budget (at most half a budget, so a
     * call that starts meanwhile is caught by one and a half budgets), then checks every task attempt in progress.
     */
    private void watch() {
        long budgetNanos = budget.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            long now = System.nanoTime();
            long wake = now + budgetNanos / 2;
            for (TaskAttempt<?> task : watched) {
                task.check(now);
                Attempt.Running running = task.attempt.running;
                if (running != null && running.since() + budgetNanos - wake < 0) {
                    wake = running.since() + budgetNanos;
                }
            }
            long sleep = wake - System.nanoTime();
            if (sleep > 0) {
                LockSupport.parkNanos(this, sleep);
            }
        }
    }

    /** One attempt at the work, on one worker; outcomes are shared with the attempts after it. */
    private static final class Attempt implements Calls {
        /** The call in progress, and since when. */
        record Running(Object key, long since) {}

        final RuleRunner runner;
        final Map<Object, Outcome<?>> settled;
        /** In a task: how many pieces of work (assessments) it has started. */
        int pieces;
        /** For the attempt after an interrupt: calls not yet settled fail without running. */
        private final boolean failUnsettled;

        volatile Running running;
        volatile boolean interrupted;
        /** Written while holding {@code settled}, so that no outcome is settled by an attempt after it is abandoned. */
        volatile boolean abandoned;

        Attempt(RuleRunner runner, Map<Object, Outcome<?>> settled, boolean failUnsettled) {
            this.runner = runner;
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
