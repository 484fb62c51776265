package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;

/**
 * Writes points.csv: each design point's number, factor values and every scenario override it applies
 * (the experiment's own, then one per factor), separated by {@value #SEPARATOR}: each is a
 * {@code --set} argument of {@code constellation run}, so a run can be re-done alone from its row.
 */
public final class PointsFile {

    /** Separates the overrides of a point. */
    public static final String SEPARATOR = "; ";

    private PointsFile() {
    }

    static void write(Path file, ExperimentSpec spec, RunPlan plan) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            List<String> header = new ArrayList<>(List.of("point"));
            spec.factors().forEach(x -> header.add(x.name()));
            header.add("overrides");
            csv.row(header);
            for (int p = 0; p < plan.points(); p++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                plan.labels(p).forEach(v -> row.add(SweepFiles.text(v)));
                row.add(String.join(SEPARATOR, plan.overrides(p)));
                csv.row(row);
            }
            csv.flush();
            f.commit();
        }
    }
}
