package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.constellation.scenario.ScenarioMapper;

/** Checks command-line values and turns bad ones into one-line {@link UserError}s. */
final class Arguments {

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

    static int positiveInt(String option, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(option + " must be a whole number of at least 1, was '" + text + "'");
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

    /**
     * Checks that a results folder may be written at {@code folder}: it is absent, empty, or an
     * earlier results folder (it holds a manifest.json), so that nothing else is ever replaced.
     */
    static void replaceableResults(Path folder, String option) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError(option + " " + folder + " is a file, not a folder");
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent() && !Files.exists(folder.resolve("manifest.json"))) {
                throw new UserError(option + " " + folder + " exists and is not a Constellation results folder (it has "
                        + "no manifest.json); choose another folder or empty it");
            }
        } catch (IOException e) {
            throw new UserError(option + " " + folder + " cannot be read: " + reason(e));
        }
    }

    /** Creates the folder if needed and checks a file can be created in it. */
    static void writableFolder(Path folder, String option) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new UserError(option + " " + folder + " is a file, not a folder");
            }
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UserError(option + " " + folder + " is not writable: " + reason(e));
        }
    }

    private static String reason(Exception e) {
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
