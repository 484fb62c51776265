package org.constellation.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.metrics.MetricSeries;

/** Writes {@code summary.csv}: one row with the scenario, seed, steps, and each metric's final and mean value. */
final class SummaryFile {

    private SummaryFile() {
    }

    static void write(Path file, String scenario, long seed, int steps, MetricSeries series) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "seed", "steps"));
        List<String> row = new ArrayList<>(List.of(scenario, Long.toString(seed), Integer.toString(steps)));
        for (String name : series.names()) {
            header.add(name + "_final");
            header.add(name + "_mean");
            row.add(Numbers.format(series.last(name)));
            row.add(Numbers.format(series.mean(name)));
        }
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(header);
            csv.row(row);
            csv.flush();
            f.commit();
        }
    }
}
