package io.github.equalityframework.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs plugin code so that a rule that throws, returns nothing or runs too long cannot take the
 * assessment down with it. Without a time budget calls run on the caller's thread. With one, a list of
 * calls runs in order on one worker thread while the caller watches the clock: handing each call to a
 * thread of its own cost more than most rules do. A call that runs past its budget is abandoned
 * (its worker is interrupted and left to finish alone, and whatever it returns is dropped) and the
 * calls after it go on on a fresh worker.
 */
final class RuleRunner implements AutoCloseable {
    private final Duration budget;
    private final ExecutorService pool;

    RuleRunner(Duration budget) {
        this.budget = budget;
        AtomicInteger count = new AtomicInteger();
        this.pool = budget == null ? null : Executors.newCachedThreadPool(task -> {
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

    <T> Outcome<T> run(Callable<T> call) {
        return runAll(List.of(call)).get(0);
    }

    /** Runs the calls one after another, each under the time budget; their outcomes in the same order. */
    <T> List<Outcome<T>> runAll(List<? extends Callable<T>> calls) {
        List<Outcome<T>> result = new ArrayList<>(calls.size());
        if (pool == null) {
            for (Callable<T> call : calls) {
                Outcome<T> outcome;
                try {
                    outcome = done(call.call());
                } catch (Exception | LinkageError | StackOverflowError e) {
                    outcome = new Outcome.Failed<>("threw " + e);
                }
                result.add(outcome);
            }
            return result;
        }
        AtomicReferenceArray<Outcome<T>> outcomes = new AtomicReferenceArray<>(calls.size());
        int from = 0;
        while (from < calls.size()) {
            Shift<T> shift = new Shift<>(calls, outcomes, from);
            pool.execute(shift);
            from = watch(shift, outcomes);
        }
        for (int i = 0; i < calls.size(); i++) {
            result.add(outcomes.get(i));
        }
        return result;
    }

    /**
     * Waits while the shift works, and gives up on the call it is in once that call has run past the
     * budget; returns the index of the first call still to run.
     */
    private <T> int watch(Shift<T> shift, AtomicReferenceArray<Outcome<T>> outcomes) {
        long budgetNanos = budget.toNanos();
        try {
            while (true) {
                // 'at' before 'since': the worker writes them the other way round, so 'since' is never older than 'at'.
                int at = shift.at;
                long left = shift.since + budgetNanos - System.nanoTime();
                if (left > 0) {
                    if (shift.done.await(left, TimeUnit.NANOSECONDS)) {
                        return outcomes.length();
                    }
                } else if (outcomes.compareAndSet(at, null, new Outcome.Failed<>("ran past its time budget of " + describe(budget)))) {
                    shift.abandon();
                    return at + 1;
                } else {
                    Thread.onSpinWait(); // the call finished just now; the worker is moving to the next one
                }
            }
        } catch (InterruptedException e) {
            shift.abandon();
            Thread.currentThread().interrupt();
            for (int i = 0; i < outcomes.length(); i++) {
                outcomes.compareAndSet(i, null, new Outcome.Failed<>("was interrupted"));
            }
            return outcomes.length();
        }
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

    /** One worker's run through the calls from a given index, until the end or until it is abandoned. */
    private static final class Shift<T> implements Runnable {
        private final List<? extends Callable<T>> calls;
        private final AtomicReferenceArray<Outcome<T>> outcomes;
        final CountDownLatch done = new CountDownLatch(1);
        /** The call being run, and when it started (from when the shift was handed over, for the first). */
        volatile long since = System.nanoTime();
        volatile int at;
        private Thread thread;
        private boolean abandoned;

        Shift(List<? extends Callable<T>> calls, AtomicReferenceArray<Outcome<T>> outcomes, int from) {
            this.calls = calls;
            this.outcomes = outcomes;
            this.at = from;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (abandoned) {
                    return;
                }
                thread = Thread.currentThread();
            }
            try {
                for (int i = at; i < calls.size(); i++) {
                    if (i > at) {
                        since = System.nanoTime();
                        at = i;
                    }
                    Outcome<T> outcome;
                    try {
                        outcome = done(calls.get(i).call());
                    } catch (Throwable e) { // as a thread of its own would: whatever the rule throws is its failure
                        outcome = new Outcome.Failed<>("threw " + e);
                    }
                    if (!outcomes.compareAndSet(i, null, outcome)) {
                        return; // the watcher gave up on this call, and another worker runs the rest
                    }
                }
                done.countDown();
            } finally {
                synchronized (this) {
                    thread = null;
                }
                Thread.interrupted(); // an interrupt meant for an abandoned call must not reach the pool's next task
            }
        }

        /** Interrupts the call in progress, if any; the worker then stops after it. */
        synchronized void abandon() {
            abandoned = true;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
