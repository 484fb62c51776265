package org.constellation.classroom;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The teacher's timer for the month that is open: it runs out once and then calls back (from a thread
 * of its own); a pause keeps the time that was left for the next start; a new month starts afresh.
 * Not thread-safe: the session calls it under its lock.
 */
final class MonthClock implements AutoCloseable {

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "classroom-clock");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> timer;
    private long deadlineNanos;
    private long remainingMillis;

    /** Starts counting down the time left at the last pause, if any, or else {@code seconds}. */
    void start(int seconds, Runnable expiry) {
        cancel();
        long ms = remainingMillis > 0 ? remainingMillis : seconds * 1000L;
        remainingMillis = 0;
        deadlineNanos = System.nanoTime() + ms * 1_000_000;
        timer = clock.schedule(expiry, ms, TimeUnit.MILLISECONDS);
    }

    /** Stops counting and keeps the time left. */
    void pause() {
        remainingMillis = timer == null ? 0 : Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
        cancel();
    }

    /** Forgets the time left at a pause (a new month, or a new timer). */
    void reset() {
        remainingMillis = 0;
    }

    /** Stops counting. */
    void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Whole seconds left: counting down while running, held while paused; -1 if there is no timer. */
    long secondsLeft(boolean running) {
        if (running && timer != null) {
            return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000_000L);
        }
        return !running && remainingMillis > 0 ? remainingMillis / 1000 : -1;
    }

    @Override
    public void close() {
        cancel();
        clock.shutdownNow();
    }
}
