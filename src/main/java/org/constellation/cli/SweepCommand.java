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
import org.constellation.experiment.sweep.Shard;
import org.constellation.experiment.sweep.Sweep;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.experiment.sweep.SweepManifest;
import org.constellation.experiment.sweep.SweepOutputs;
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

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    private String threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<experiment>, or "
            + "results/<experiment>/shards/shard-I-of-N for a shard).")
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
        Shard shard = shard();
        LoadedExperiment experiment = Experiments.load(file);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Arguments.positiveInt("--threads", threads);
        Path results = Home.path().resolve("results").resolve(experiment.spec().name());
        Path folder = out != null ? out : shard.whole() ? results : results.resolve("shards").resolve(shard.folderName());
        Arguments.writableFolder(folder, "--out");
        RunPlan plan = new RunPlan(experiment.spec());
        Instant started = Instant.now();
        Provenance provenance = Provenance.collect(Home.path());
        Sweep.Outcome outcome;
        try {
            outcome = Sweep.run(experiment, plan, new Sweep.Options(folder, n, resume, shard,
                    new ConsoleProgress(spec.commandLine().getErr(), "runs")));
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        }
        List<String> outputs;
        if (shard.whole()) {
            outputs = new ArrayList<>(SweepFinisher.derive(folder, experiment.spec(), plan));
            outputs.addAll(SweepFinisher.presented(chartsOption.charts()));
        } else {
            SweepOutputs.compressTimeseries(folder);
            outputs = SweepFinisher.recorded(folder);
        }
        SweepManifest.write(folder, experiment, plan, shard, outcome, n, started, Instant.now(), outputs, provenance);
        int charts = shard.whole() ? SweepFinisher.present(folder, experiment.spec(), plan, chartsOption.charts()) : 0;
        spec.commandLine().getOut().printf("%d runs%s (%d resumed, %d now, %d threads) in %s: %s%s%n",
                outcome.total(), shard.whole() ? "" : " of shard " + shard, outcome.resumed(), outcome.executed(), n,
                folder, String.join(", ", outputs), shard.whole() ? " (" + charts + " charts)"
                        : "; combine the shards with 'constellation merge'");
        return 0;
    }

    private Shard shard() {
        return Arguments.shard(shardText);
    }
}
