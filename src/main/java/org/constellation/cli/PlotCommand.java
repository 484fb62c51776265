package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code constellation plot DIR}: the charts and report of an analysed sweep, drawn again. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw a finished sweep's charts (PNG and SVG in DIR/charts) and write DIR/report.html again "
                + "from its runs, time series, summary and sensitivity files.")
final class PlotCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's output folder.")
    private Path folder;

    @picocli.CommandLine.Option(names = "--experiment", paramLabel = "FILE", description = "The experiment file, "
            + "edited since the sweep in its prose only (title, description, claim, finding): the sweep's copy is "
            + "updated first, so the report shows the new text.")
    private Path experimentFile;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SweepFolder sweep = SweepFolder.open(folder, experimentFile);
        if (!Files.isRegularFile(folder.resolve("summary.csv"))) {
            throw new UserError(folder + " has no summary.csv yet; run 'constellation analyze " + folder + "' first");
        }
        int charts = SweepFinisher.present(folder, sweep.spec(), sweep.plan(), true);
        spec.commandLine().getOut().printf("%d charts in %s, and %s%n", charts, folder.resolve("charts"),
                folder.resolve(SweepReport.FILE));
        return 0;
    }
}
