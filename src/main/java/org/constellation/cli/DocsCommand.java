package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.constellation.experiment.AtomicFile;
import org.constellation.model.params.ParameterStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code constellation docs [--check]}: writes (or checks) the generated reference pages in docs/. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the reference pages of docs/ (parameters, activities, organisations, metrics, mechanisms, "
                + "sharing rules, JSON schemas) from the code, or check that they are up to date; print how many global "
                + "parameters come from a source, a calibration or an assumption.")
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--check", description = "Only check; exit with status 2 if a page is out of date.")
    private boolean check;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = Home.path().resolve("docs");
        Files.createDirectories(folder);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : ReferenceDocs.all().entrySet()) {
            Path file = folder.resolve(e.getKey());
            boolean same = Files.exists(file) && Files.readString(file).equals(e.getValue());
            if (!same) {
                stale.add(e.getKey());
                if (!check) {
                    AtomicFile.write(file, e.getValue());
                }
            }
        }
        if (check && !stale.isEmpty()) {
            throw new UserError("out of date in docs/: " + stale + "; run ./constellation docs");
        }
        spec.commandLine().getOut().println(check ? "docs/ is up to date"
                : stale.isEmpty() ? "docs/ was already up to date" : "Wrote docs/" + String.join(", docs/", stale));
        Map<ParameterStatus, Integer> counts = ReferenceDocs.statusCounts();
        spec.commandLine().getOut().printf("Global parameters: %d from a source, %d calibrated, %d assumptions%n",
                counts.get(ParameterStatus.SOURCE), counts.get(ParameterStatus.CALIBRATED),
                counts.get(ParameterStatus.ASSUMPTION));
        return 0;
    }
}
