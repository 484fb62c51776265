package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;

/**
 * counterfactual.csv: for every design point and output, each run against its counterfactual (same seed,
 * the counterfactual's overrides on top), paired by replicate: the mean of both, the mean difference run
 * minus counterfactual (what the overridden thing caused at that point) and its 95% t interval. The
 * common seed removes the noise the two runs share until their courses part.
 */
final class CounterfactualDifferences {

    static final String FILE = "counterfactual.csv";

    private CounterfactualDifferences() {
    }

    static Path write(Path out, ExperimentSpec spec, RunPlan plan, List<String> outputs) throws IOException {
        double[][][] factual = PairedDifferences.read(out.resolve(SweepFiles.RUNS), spec, plan);
        double[][][] counterfactual = PairedDifferences.read(out.resolve(CounterfactualRuns.FILE), spec, plan);
        Path file = out.resolve(FILE);
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            List<String> header = new ArrayList<>(List.of("counterfactual", "point"));
            spec.factors().forEach(x -> header.add(x.name()));
            header.addAll(List.of("output", "n", "counterfactual_mean", "run_mean", "difference", "ci_low",
                    "ci_high"));
            csv.row(header);
            for (int p = 0; p < plan.points(); p++) {
                for (int o = 0; o < outputs.size(); o++) {
                    List<String> row = new ArrayList<>(List.of(spec.counterfactual().name(), Integer.toString(p)));
                    plan.labels(p).forEach(v -> row.add(SweepFiles.text(v)));
                    row.add(outputs.get(o));
                    row.addAll(PairedDifferences.compare(counterfactual[p], factual[p], o));
                    csv.row(row);
                }
            }
            csv.flush();
            f.commit();
        }
        return file;
    }
}
