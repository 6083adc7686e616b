package io.github.equalityframework.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs plugin code so that a rule that throws, returns nothing or runs too long cannot take the
 * assessment down with it. With a time budget each call runs on a pool of daemon threads and is
 * abandoned (interrupted) when the budget is spent; without one it runs on the caller's thread.
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
        T value;
        if (pool == null) {
            try {
                value = call.call();
            } catch (Assessment.InvalidResult e) {
                return new Outcome.Failed<>(e.getMessage());
            } catch (Exception | LinkageError | StackOverflowError e) {
                return new Outcome.Failed<>("threw " + e);
            }
        } else {
            Future<T> future = pool.submit(call);
            try {
                value = future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return new Outcome.Failed<>("ran past its time budget of " + describe(budget));
            } catch (ExecutionException e) {
                return new Outcome.Failed<>(e.getCause() instanceof Assessment.InvalidResult invalid
                        ? invalid.getMessage() : "threw " + e.getCause());
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                return new Outcome.Failed<>("was interrupted");
            }
        }
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
}
