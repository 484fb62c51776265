package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.constellation.experiment.OutputFolder;
import org.constellation.experiment.StagedFolder;

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
     * Checks that a 3W comparison may write {@code folder}: absent, empty, or an earlier comparison
     * holding nothing but its files ({@code files}), which it replaces only if {@code asked}; never a
     * run's or a sweep's results, nor a folder holding anything else.
     *
     * @return the earlier comparison's entries, which the new one replaces
     */
    static List<String> forComparison(Path folder, boolean asked, Set<String> files) {
        OutputFolder f = inspect(folder, "--out");
        switch (f.kind()) {
            case NONE -> {
                return List.of();
            }
            case RUN, SWEEP -> throw new UserError("--out " + folder + " holds a " + (f.kind() == OutputFolder.Kind.RUN
                    ? "run's" : "sweep's") + " results (" + OutputFolder.names(f.entries()) + "); a comparison is "
                    + "written in a folder of its own (by default compare-3w/ in the run's folder): choose another --out");
            default -> {
                if (!f.entries().contains("comparison.csv") || !files.containsAll(f.entries())) {
                    throw new UserError("--out " + folder + " is not a 3W comparison's folder (it holds "
                            + OutputFolder.names(f.entries()) + "); choose a new or empty folder");
                }
                for (String e : f.entries()) {
                    if (!Files.isRegularFile(folder.resolve(e), LinkOption.NOFOLLOW_LINKS)) {
                        throw new UserError("--out " + folder + ": " + e + " is not a file; Constellation never writes "
                                + "over what is not its own file: fix that, or choose another --out");
                    }
                }
                if (!asked) {
                    throw new UserError("--out " + folder + " holds an earlier comparison; add --replace to replace "
                            + "it, or choose another folder");
                }
                return f.entries();
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

    /** Opens the staging folder of a results folder that was checked, turning a failure into a user error. */
    static StagedFolder stage(Path folder) {
        try {
            return StagedFolder.open(folder);
        } catch (IOException e) {
            throw new UserError("--out " + folder + " is not writable: " + Arguments.reason(e));
        }
    }

    private static String described(OutputFolder f) {
        Object scenario = f.manifest().get("scenario") instanceof java.util.Map<?, ?> s ? s.get("name") : null;
        if (scenario == null) {
            return "";
        }
        return " (" + scenario + ", seed " + f.manifest().get("seed") + ", " + f.manifest().get("steps") + " steps)";
    }
}
