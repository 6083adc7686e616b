package io.github.equalityframework.cli.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a function over many inputs on a fixed pool of threads and hands the results on in input order,
 * with at most {@code window} inputs in flight, so that memory stays bounded however many inputs there are.
 */
final class OrderedBatch<I, R> {
    private final int threads;
    private final int window;

    OrderedBatch(int threads, int window) {
        this.threads = threads;
        this.window = Math.max(window, threads);
    }

    void run(List<I> inputs, Function<I, R> work, BiConsumer<I, R> consumer) {
        if (threads == 1 || inputs.size() == 1) {
            inputs.forEach(input -> consumer.accept(input, work.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "eflg-assess");
            thread.setDaemon(true);
            return thread;
        });
        try {
            run(inputs, work, consumer, task -> pool.submit(task::get));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * As {@link #run(List, Function, BiConsumer)}, on threads the caller gives (for example an engine's batch, whose
     * threads run their rules inline); one input runs on the calling thread.
     */
    void run(List<I> inputs, Function<I, R> work, BiConsumer<I, R> consumer, Function<Supplier<R>, Future<R>> submit) {
        if (inputs.size() == 1) {
            inputs.forEach(input -> consumer.accept(input, work.apply(input)));
            return;
        }
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        Deque<I> pending = new ArrayDeque<>();
        for (I input : inputs) {
            inFlight.add(submit.apply(() -> work.apply(input)));
            pending.add(input);
            if (inFlight.size() >= window) {
                consumer.accept(pending.poll(), join(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            consumer.accept(pending.poll(), join(inFlight.poll()));
        }
    }

    private static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory in a worker ends the command as it would on the main thread
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
