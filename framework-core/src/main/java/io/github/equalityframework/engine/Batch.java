package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Threads for a batch of tasks that assess with one engine, for example one task per file (read, assess, write the
 * report). A task's assessments call their rules on the task's own thread, with no hand-off to a rule worker: the
 * engine's time budget is kept by a watchdog thread shared by the batch. When a rule runs past the budget, its call
 * fails as it would otherwise ("ran past its time budget"), the thread is interrupted and left to the rule, and the
 * task starts again on a fresh thread, reusing the outcome of every rule call already made; the batch takes on
 * another thread so that it keeps its size. So a task must be safe to start again up to its last rule call (reading
 * files is); what follows that call is done once.
 *
 * <p>Made by {@link AssessmentEngine#batch(int)}; close it when done.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Batch implements AutoCloseable {
    private final RuleRunner runner;
    private final ThreadPoolExecutor pool;

    Batch(RuleRunner runner, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a batch needs at least one thread, not " + threads);
        }
        this.runner = runner;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "eflg-assess");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the task on one of the batch's threads; the future completes with what it returns or throws. */
    public <R> CompletableFuture<R> submit(Supplier<R> task) {
        CompletableFuture<R> result = new CompletableFuture<>();
        pool.execute(() -> runner.runTask(task, result, this::replaceAbandonedThread));
        return result;
    }

    /** A thread left to a rule that overran no longer counts: one more takes its place. */
    private synchronized void replaceAbandonedThread() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    /** Stops the batch's threads; tasks not yet started do not start. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
