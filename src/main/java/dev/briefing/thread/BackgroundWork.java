package dev.briefing.thread;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The thread step's helpers that work ahead of the placing thread: one daemon worker each. */
final class BackgroundWork {

    private BackgroundWork() {
    }

    static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The result, or the failure as it was thrown in the worker. */
    static <T> T resultOf(Future<T> work, String whatFailed) throws InterruptedException {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(whatFailed + " failed", e.getCause());
        }
    }
}
