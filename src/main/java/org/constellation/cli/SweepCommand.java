package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.experiment.Provenance;
import org.constellation.experiment.design.DesignSize;
import org.constellation.experiment.sweep.LoadedExperiment;
import org.constellation.experiment.sweep.RunPlan;
import org.constellation.experiment.sweep.Shard;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.experiment.sweep.SweepEstimate;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.experiment.sweep.SweepManifest;
import org.constellation.experiment.sweep.SweepOutputs;
import org.constellation.experiment.sweep.SweepSession;
import org.constellation.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation sweep FILE [--threads N] [--out DIR] [--resume] [--shard I/N]}: runs an experiment. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run every run of an experiment on all cores, recording each as it finishes; then summarise, "
                + "analyse, chart and report. After a crash or kill, --resume runs only what is missing. With "
                + "--shard I/N, run only part I of N (for a cluster); 'merge' then combines the parts.")
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An experiment file, or a name from "
            + "scenarios/experiments/.")
    private String file;

    @picocli.CommandLine.Mixin
    private ThreadsOption threadsOption;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: "
            + "results/<experiment>, or results/<experiment>/shards/shard-I-of-N for a shard).")
    private Path out;

    @Option(names = "--resume", description = "Continue the sweep (or shard) already in the output folder; starts "
            + "it if the folder is empty.")
    private boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (1 <= I <= N): a fixed "
            + "partition of the runs, balanced by expected cost.")
    private String shardText;

    @picocli.CommandLine.Mixin
    private ChartsOption chartsOption;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Instant started = Instant.now();
        Shard shard = shard();
        LoadedExperiment experiment = Experiments.load(file);
        int n = threadsOption.threads();
        Path results = Home.path().resolve("results").resolve(experiment.spec().name());
        Path folder = out != null ? out
                : shard.whole() ? results : results.resolve("shards").resolve(shard.folderName());
        RunPlan plan = new RunPlan(experiment.spec());
        RunProgress progress = RunProgress.of(spec.commandLine().getErr(), "sweep", "runs");
        Sweep.Options options = new Sweep.Options(folder, n, resume, shard, progress);
        try {
            Sweep.check(experiment, options);
            SweepEstimate.Pace pace = trial(experiment, plan, shard);
            try (SweepSession session = Sweep.open(experiment, plan, options)) {
                header(experiment, plan, session, n, pace);
                complete(experiment, plan, options, session, started);
            }
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        } finally {
            progress.close();
        }
        return 0;
    }

    /** Executes the runs still to do, then writes every output and the manifest, and reports them. */
    private void complete(LoadedExperiment experiment, RunPlan plan, Sweep.Options options, SweepSession session,
            Instant started) throws IOException, SweepException {
        Provenance provenance = Provenance.collect(Home.path());
        Path folder = options.out();
        Shard shard = options.shard();
        Sweep.Outcome outcome = session.execute();
        List<String> outputs;
        if (shard.whole()) {
            outputs = new ArrayList<>(SweepFinisher.derive(folder, experiment.spec(), plan));
            outputs.addAll(SweepFinisher.presented(chartsOption.charts()));
        } else {
            SweepOutputs.compressTimeseries(folder);
            outputs = SweepFinisher.recorded(folder);
        }
        SweepManifest.write(folder, experiment, plan, shard, outcome, options.threads(), started, Instant.now(),
                outputs, provenance);
        int charts = shard.whole() ? SweepFinisher.present(folder, experiment.spec(), plan, chartsOption.charts()) : 0;
        session.finish();
        spec.commandLine().getOut().printf("%d runs%s (%d resumed, %d now, %d threads) in %s: %s%s%n",
                outcome.total(), shard.whole() ? "" : " of shard " + shard, outcome.resumed(), outcome.executed(),
                options.threads(), folder, String.join(", ", outputs), shard.whole() ? " (" + charts + " charts)"
                        : "; combine the shards with 'constellation merge'");
    }

    /** Tries the shard's first run, so that a design point that gives no valid scenario stops it before any file. */
    private static SweepEstimate.Pace trial(LoadedExperiment experiment, RunPlan plan, Shard shard) {
        long[] ids = shard.ids(plan);
        if (ids.length == 0) {
            throw new UserError("--shard " + shard + ": the experiment's " + plan.runs() + " runs leave this shard "
                    + "empty; split them into at most " + plan.runs() + " shards");
        }
        try {
            return SweepEstimate.trial(experiment, plan, ids[0]);
        } catch (ScenarioException e) {
            throw new UserError("a design point gives an invalid scenario: " + String.join("; ", e.problems()));
        }
    }

    /** Says, before any run starts, how many runs there are, how many are left and how long they may take. */
    private void header(LoadedExperiment experiment, RunPlan plan, SweepSession session, int threads,
            SweepEstimate.Pace pace) {
        long[] ids = session.ids();
        long left = ids.length - session.recorded();
        PrintWriter o = spec.commandLine().getOut();
        int replications = experiment.spec().replications();
        String runs = DesignSize.count(ids.length) + " runs" + (ids.length == plan.runs() ? " (" + DesignSize.count(
                plan.points()) + " design points x " + replications + (replications == 1 ? " replication)"
                : " replications)") : " of " + DesignSize.count(plan.runs()));
        if (left == 0) {
            o.printf("%s: %s, every one already recorded%n", experiment.spec().name(), runs);
            o.flush();
            return;
        }
        SweepEstimate estimate = SweepEstimate.of(pace, experiment.spec(), plan, ids, session.recorded(), threads);
        o.printf("%s: %s; %s to do, %s steps in all, on %d thread%s: %s%n", experiment.spec().name(), runs,
                DesignSize.count(left), DesignSize.count(estimate.steps()), threads, threads == 1 ? "" : "s",
                estimate.duration());
        o.flush();
    }

    private Shard shard() {
        return Arguments.shard(shardText);
    }
}
