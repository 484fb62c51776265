package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.constellation.experiment.Leftovers;
import org.constellation.experiment.sweep.ExperimentLoader;
import org.constellation.experiment.sweep.ExperimentSpec;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.scenario.ScenarioException;

/**
 * A finished sweep's folder, opened for {@code analyze} and {@code plot}: its experiment comes from the
 * copy the sweep keeps, and every run must be recorded. A folder holding a symbolic link is refused
 * (nothing is written through one), and what a killed command left in it is removed.
 *
 * @param dir the folder
 * @param spec the experiment
 * @param plan its runs
 */
record SweepFolder(Path dir, ExperimentSpec spec, RunPlan plan) {

    /**
     * Opens a finished sweep; with {@code edited} (an experiment file whose prose, e.g. its finding, was
     * edited since), the sweep's copy is first replaced by it, provided its runs are the same.
     */
    static SweepFolder open(Path dir, Path edited) throws IOException {
        Outputs.inspect(dir, "the sweep folder");
        Path copy = dir.resolve("experiment.yaml");
        if (!Files.isRegularFile(copy)) {
            throw new UserError(dir + " is not a sweep folder: it has no experiment.yaml");
        }
        if (edited != null) {
            refresh(copy, edited, dir);
        }
        ExperimentSpec spec;
        try {
            spec = ExperimentLoader.loadSpec(copy);
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
        RunPlan plan = new RunPlan(spec);
        long recorded;
        try {
            recorded = Sweep.recorded(dir, spec, plan);
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        }
        Leftovers.remove(dir);
        if (recorded != plan.runs()) {
            throw new UserError(dir + " holds " + recorded + " of the experiment's " + plan.runs() + " runs (the "
                    + "records after them are missing or damaged); finish it first with 'constellation sweep " + copy
                    + " --out " + dir + " --resume'");
        }
        return new SweepFolder(dir, spec, plan);
    }

    private static void refresh(Path copy, Path edited, Path dir) throws IOException {
        if (!Files.isRegularFile(edited)) {
            throw new UserError("--experiment: no such file " + edited);
        }
        try {
            Sweep.refreshCopy(copy, Files.readString(edited, java.nio.charset.StandardCharsets.UTF_8),
                    ExperimentLoader.loadSpec(edited), dir);
        } catch (ScenarioException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        }
    }
}
