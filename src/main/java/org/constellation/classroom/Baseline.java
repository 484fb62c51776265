package org.constellation.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.constellation.scenario.Scenario;

/**
 * The automated baseline: the same scenario with the same seed and no seats, run to the session's end in
 * a thread of its own once asked for, and written to the session's {@code baseline/} folder.
 */
final class Baseline {

    private final Scenario scenario;
    private final long seed;
    private final int steps;
    private final Path folder;
    private CompletableFuture<ClassRun> run;

    Baseline(Scenario scenario, long seed, int steps, Path folder) {
        this.scenario = scenario;
        this.seed = seed;
        this.steps = steps;
        this.folder = folder;
    }

    /** Starts the run if it has not started yet. */
    synchronized CompletableFuture<ClassRun> prepare() {
        if (run == null) {
            run = CompletableFuture.supplyAsync(() -> {
                ClassRun r = new ClassRun(scenario, seed);
                r.advanceAutomated(steps);
                try {
                    r.write(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return r;
            }, task -> {
                Thread t = new Thread(task, "classroom-baseline");
                t.setDaemon(true);
                t.start();
            });
        }
        return run;
    }

    /** The finished run (waits for it). */
    ClassRun get() {
        try {
            return prepare().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the automated baseline ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the automated baseline failed: " + e.getCause(), e.getCause());
        }
    }

    /** Whether the run is done. */
    synchronized boolean ready() {
        return run != null && run.isDone();
    }
}
