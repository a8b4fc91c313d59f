package org.nashra.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Does one job per input on all cores and hands the results on in input order, so the output of
 * a run does not depend on which input finished first. A failed input is reported and skipped;
 * the others are still done, whatever the failure: a bad input, a bug, or an input too large for
 * the memory or the stack ({@link Error}s included, since they end only the job that met them).
 */
final class Batch {
    /** The failure line of a bug, which says how to see more. */
    static final String INTERNAL_ERROR = "internal error (--debug prints its stack trace)";

    private Batch() {
    }

    /** The work for one input. */
    @FunctionalInterface
    interface Job<R> {
        R run(Input input) throws InputException;
    }

    /**
     * Runs {@code job} on every input and gives each result to {@code sink}, in input order, on the
     * calling thread.
     *
     * @return true when every input succeeded
     */
    static <R> boolean run(List<Input> inputs, Job<R> job, Consumer<? super R> sink, Feedback feedback) {
        return run(inputs, job, sink, feedback, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #run(List, Job, Consumer, Feedback)} on at most {@code cores} threads. */
    static <R> boolean run(List<Input> inputs, Job<R> job, Consumer<? super R> sink, Feedback feedback, int cores) {
        int threads = Math.max(1, Math.min(inputs.size(), cores));
        // a few jobs ahead of the one awaited keep every core busy without holding all results in memory
        int window = 4 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        boolean allDone = true;
        try {
            Deque<Future<Outcome<R>>> pending = new ArrayDeque<>();
            Iterator<Input> next = inputs.iterator();
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < window) {
                    Input input = next.next();
                    pending.add(pool.submit(() -> attempt(input, job, feedback)));
                }
                allDone &= join(pending.removeFirst()).deliver(sink, feedback);
            }
        } finally {
            pool.shutdownNow();
            feedback.finish();
        }
        return allDone;
    }

    private static <R> Outcome<R> attempt(Input input, Job<R> job, Feedback feedback) {
        try {
            return new Done<>(job.run(input));
        } catch (InputException e) {
            return new Failed<>(input, e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // the job's objects are unreachable once it has thrown, so the memory is back for the others
            return new Failed<>(input, "not enough memory for this input: the Java heap is limited to "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (java -Xmx sets the limit)", e);
        } catch (Throwable e) {
            // a bug met on one input (a StackOverflowError too) must not cost the others their results;
            // its Java names mean nothing to a user, the stack trace under --debug does to a developer
            return new Failed<>(input, INTERNAL_ERROR, e);
        } finally {
            feedback.advance();
        }
    }

    private static <R> Outcome<R> join(Future<Outcome<R>> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "nashra-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How one input went. */
    private sealed interface Outcome<R> {
        /** Passes a result to the sink or reports a failure; true for a result. */
        boolean deliver(Consumer<? super R> sink, Feedback feedback);
    }

    private record Done<R>(R result) implements Outcome<R> {
        @Override
        public boolean deliver(Consumer<? super R> sink, Feedback feedback) {
            sink.accept(result);
            return true;
        }
    }

    private record Failed<R>(Input input, String reason, Throwable cause) implements Outcome<R> {
        @Override
        public boolean deliver(Consumer<? super R> sink, Feedback feedback) {
            feedback.failed(input, reason, cause);
            return false;
        }
    }
}
