package org.kpiengine.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A step of a run done on a thread of its own while the run goes on, such as building the rule base
 * while the data is read. Whatever the step throws (a problem of the user's files, or a JVM error) is
 * thrown again, unchanged, to the thread that waits for it.
 */
public final class BackgroundTask<T> {

    private final CompletableFuture<T> result;

    private BackgroundTask(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts the step on a daemon thread with that name, so that it never keeps a JVM from ending. */
    public static <T> BackgroundTask<T> start(String threadName, Supplier<T> step) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(step.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return new BackgroundTask<>(result);
    }

    /** A step with nothing left to do. */
    public static <T> BackgroundTask<T> done(T value) {
        return new BackgroundTask<>(CompletableFuture.completedFuture(value));
    }

    /** Waits for the step: its result, or what it threw. */
    public T await() {
        try {
            return result.join();
        } catch (CompletionException wrapped) {
            Throwable failure = wrapped.getCause();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw wrapped;
        }
    }

    /** Throws what the step threw if it has already failed; returns at once otherwise. */
    public void throwIfFailed() {
        if (result.isCompletedExceptionally()) {
            await();
        }
    }
}
