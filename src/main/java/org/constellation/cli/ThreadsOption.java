package org.constellation.cli;

import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that run many runs at once (sweep, calibrate, bench). */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to " + Arguments.MAX_THREADS
            + " (default: every core).")
    private String threads;

    /** The threads asked for, or every core; a value out of range is a user error naming the option. */
    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Arguments.threads("--threads", threads);
    }
}
