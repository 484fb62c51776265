package org.constellation.cli;

import org.constellation.scenario.ScenarioMapper;

/**
 * Checks command-line values and turns bad ones into one-line {@link UserError}s. A value that a
 * scenario or experiment file also holds obeys the file's limits.
 */
final class Arguments {

    /** Most worker threads (and CPUs per cluster task) a command accepts. */
    static final int MAX_THREADS = 1024;

    private Arguments() {
    }

    static long seed(String text) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UserError("--seed must be a whole number from 0 to " + ScenarioMapper.MAX_SEED + ", was '" + text + "'");
        }
        if (value < 0 || value > ScenarioMapper.MAX_SEED) {
            throw new UserError("--seed must be from 0 to " + ScenarioMapper.MAX_SEED
                    + " (MASON uses 32-bit seeds), was " + value);
        }
        return value;
    }

    /** {@code --steps}: 1 to {@link ScenarioMapper#MAX_STEPS}, as in a scenario file. */
    static int steps(String text) {
        return between("--steps", text, 1, ScenarioMapper.MAX_STEPS, " (the limit of a scenario's steps)");
    }

    /** {@code --threads} and the like: 1 to {@link #MAX_THREADS}. */
    static int threads(String option, String text) {
        return between(option, text, 1, MAX_THREADS, "");
    }

    static int positiveInt(String option, String text) {
        return between(option, text, 1, Integer.MAX_VALUE, "");
    }

    private static int between(String option, String text, int min, int max, String why) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
        throw new UserError(option + " must be a whole number " + range + why + ", was '" + text + "'");
    }

    /** The shard of {@code --shard I/N}, or the whole when the option is absent. */
    static org.constellation.experiment.sweep.Shard shard(String text) {
        if (text == null) {
            return org.constellation.experiment.sweep.Shard.ALL;
        }
        try {
            return org.constellation.experiment.sweep.Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--shard: " + e.getMessage());
        }
    }

    /** A file system error as a few words for a message. */
    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "cannot create files there" : e.getMessage();
    }
}
