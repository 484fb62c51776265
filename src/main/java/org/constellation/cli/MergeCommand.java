package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.experiment.sweep.SweepException;
import org.constellation.experiment.sweep.SweepManifest;
import org.constellation.experiment.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation merge DIR... [--out DIR]}: one sweep's outputs from its shards. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the shard folders of one sweep (sweep --shard I/N) into the outputs an unsharded sweep "
                + "writes: runs.csv, time series, summary, analysis, charts and report. Refuses shards of different "
                + "experiment files or versions, and lists the runs missing.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard folders, every one of the sweep's.")
    private List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the folder holding the "
            + "shards' 'shards' folder, i.e. results/<experiment> for the default layout).")
    private Path out;

    @picocli.CommandLine.Mixin
    private ChartsOption chartsOption;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = out != null ? out : defaultOut();
        SweepMerge.Merged merged;
        try {
            merged = SweepMerge.merge(shards, folder);
        } catch (SweepException e) {
            throw new UserError(e.getMessage());
        }
        List<String> outputs = new ArrayList<>(SweepFinisher.derive(folder, merged.spec(), merged.plan()));
        outputs.addAll(SweepFinisher.presented(chartsOption.charts()));
        SweepManifest.writeMerged(folder, merged, outputs);
        int charts = SweepFinisher.present(folder, merged.spec(), merged.plan(), chartsOption.charts());
        spec.commandLine().getOut().printf("merged %d shards (%d runs) into %s: %s (%d charts)%n", shards.size(),
                merged.plan().runs(), folder, String.join(", ", outputs), charts);
        return 0;
    }

    /** The parent of the shards' common 'shards' folder. */
    private Path defaultOut() {
        Path parent = shards.get(0).toAbsolutePath().normalize().getParent();
        if (parent == null || parent.getFileName() == null || !parent.getFileName().toString().equals("shards")
                || parent.getParent() == null) {
            throw new UserError("give --out: the shards are not in a folder named 'shards' whose parent would hold "
                    + "the merged sweep");
        }
        return parent.getParent();
    }
}
