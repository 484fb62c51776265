package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code constellation analyze DIR}: summary, sensitivity, charts and report again from a sweep's runs.csv. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Derive summary.csv and the sensitivity indices (Sobol, Morris, PRCC) again from a finished "
                + "sweep's runs.csv and experiment.yaml, then its charts and report.html; nothing is run.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's output folder.")
    private Path folder;

    @picocli.CommandLine.Mixin
    private ChartsOption chartsOption;

    @picocli.CommandLine.Option(names = "--experiment", paramLabel = "FILE", description = "The experiment file, "
            + "edited since the sweep in its prose only (title, description, claim, finding): the sweep's copy is "
            + "updated first, so the report shows the new text.")
    private Path experimentFile;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SweepFolder sweep = SweepFolder.open(folder, experimentFile);
        List<String> outputs = new ArrayList<>(SweepFinisher.rewrite(folder, sweep.spec(), sweep.plan()));
        outputs.addAll(SweepFinisher.presented(chartsOption.charts()));
        int charts = SweepFinisher.present(folder, sweep.spec(), sweep.plan(), chartsOption.charts());
        spec.commandLine().getOut().printf("analysed %d runs in %s; rewrote %s (%d charts)%n", sweep.plan().runs(),
                folder, String.join(", ", outputs), charts);
        return 0;
    }
}
