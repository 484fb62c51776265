package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.constellation.experiment.OutputFolder;

/**
 * Checks an output folder before a command writes there, and turns whatever would be lost or
 * written through a link into a user error that says what is there and how to proceed.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * Checks that a run may write {@code folder}: absent, empty, or an earlier run's results holding
     * nothing else, which it replaces only if {@code asked}.
     *
     * @return what the folder holds
     */
    static OutputFolder forRun(Path folder, boolean asked) {
        OutputFolder f = inspect(folder, "--out");
        switch (f.kind()) {
            case NONE -> {
                return f;
            }
            case SWEEP -> throw new UserError("--out " + folder + " holds a sweep's results (" + OutputFolder.names(
                    f.entries()) + "); a run never replaces them: choose another folder");
            case OTHER -> throw new UserError("--out " + folder + " is not a Constellation results folder (it holds "
                    + OutputFolder.names(f.entries()) + "); choose a new or empty folder");
            default -> {
                if (!f.foreign().isEmpty()) {
                    throw new UserError("--out " + folder + " holds an earlier run and also " + OutputFolder.names(
                            f.foreign()) + ", which a run does not write; move " + (f.foreign().size() == 1 ? "it"
                            : "them") + " away first, or choose another folder");
                }
                if (!asked) {
                    throw new UserError("--out " + folder + " holds an earlier run" + described(f)
                            + "; add --replace to replace it, or choose another folder");
                }
                return f;
            }
        }
    }

    /**
     * What an output folder holds, refusing one where writing would not be safe (see
     * {@link OutputFolder#refusal}) or that cannot be read.
     */
    static OutputFolder inspect(Path folder, String option) {
        OutputFolder f;
        try {
            f = OutputFolder.inspect(folder);
        } catch (IOException e) {
            throw new UserError(option + " " + folder + " cannot be read: " + Arguments.reason(e));
        }
        f.refusal(option).ifPresent(message -> {
            throw new UserError(message);
        });
        return f;
    }

    private static String described(OutputFolder f) {
        Object scenario = f.manifest().get("scenario") instanceof java.util.Map<?, ?> s ? s.get("name") : null;
        if (scenario == null) {
            return "";
        }
        return " (" + scenario + ", seed " + f.manifest().get("seed") + ", " + f.manifest().get("steps") + " steps)";
    }
}
