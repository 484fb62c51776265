package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.experiment.sweep.SweepManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation sweep FILE [--threads N] [--out DIR] [--resume]}: runs an experiment. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run every run of an experiment on all cores, recording each as it finishes; then summarise, "
                + "analyse, chart and report. After a crash or kill, --resume runs only what is missing.")
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An experiment file, or a name from "
            + "scenarios/experiments/.")
    private String file;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    private String threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<experiment>).")
    private Path out;

    @Option(names = "--resume", description = "Continue the sweep already in the output folder.")
    private boolean resume;

    @Option(names = "--no-charts", description = "Skip the charts (the report is still written).")
    private boolean noCharts;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadedExperiment experiment = Experiments.load(file);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Arguments.positiveInt("--threads", threads);
        Path folder = out != null ? out : Home.path().resolve("results").resolve(experiment.spec().name());
        Arguments.writableFolder(folder, "--out");
        RunPlan plan = new RunPlan(experiment.spec());
        Instant started = Instant.now();
        Provenance provenance = Provenance.collect(Home.path());
        Sweep.Outcome outcome;
        try {
            outcome = Sweep.run(experiment, plan, new Sweep.Options(folder, n, resume, Sweep.allRuns(plan),
                    new ConsoleProgress(spec.commandLine().getErr(), "runs")));
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        }
        List<String> outputs = new ArrayList<>(SweepFinisher.derive(folder, experiment.spec(), plan));
        outputs.addAll(SweepFinisher.presented(!noCharts));
        SweepManifest.write(folder, experiment, plan, outcome, n, started, Instant.now(), true, outputs, provenance);
        int charts = SweepFinisher.present(folder, experiment.spec(), plan, !noCharts);
        spec.commandLine().getOut().printf("%d runs (%d resumed, %d now, %d threads) in %s: %s (%d charts)%n",
                outcome.total(), outcome.resumed(), outcome.executed(), n, folder, String.join(", ", outputs), charts);
        return 0;
    }
}
