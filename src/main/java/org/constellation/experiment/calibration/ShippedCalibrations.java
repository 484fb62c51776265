package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.constellation.experiment.CsvTable;
import org.constellation.scenario.ScenarioException;

/**
 * The calibrations shipped with the project: in {@code scenarios/calibrations/}, each finished
 * calibration {@code NAME.yaml} has its posterior summary committed beside it as {@code NAME.summary.csv}
 * (a copy of its output {@code posterior-summary.csv}). A global parameter (a key under {@code parameters.})
 * that such a calibration constrains counts as calibrated, with the data, file, posterior median and 90%
 * interval; one it leaves unconstrained keeps the status its declaration gives.
 */
public final class ShippedCalibrations {

    /** Suffix of a committed posterior summary. */
    public static final String SUMMARY = ".summary.csv";
    private static final String GLOBAL = "parameters.";

    /**
     * A global parameter's calibrated value.
     *
     * @param key the parameter's key (without {@code parameters.})
     * @param calibration the calibration file's name
     * @param data the data its observed values come from
     * @param median posterior median
     * @param q05 posterior 5% quantile
     * @param q95 posterior 95% quantile
     * @param constrained whether the calibration constrains it (its interval is narrower than the prior's)
     */
    public record Value(String key, String calibration, List<String> data, double median, double q05, double q95,
            boolean constrained) {
    }

    private ShippedCalibrations() {
    }

    /**
     * The calibrated values of global parameters in a folder's committed summaries, by key; where several
     * calibrations cover a key, the first by file name that constrains it.
     */
    public static Map<String, Value> in(Path folder) throws IOException {
        Map<String, Value> out = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        List<Path> summaries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(SUMMARY)).sorted().forEach(summaries::add);
        }
        for (Path summary : summaries) {
            String name = summary.getFileName().toString();
            Path file = folder.resolve(name.substring(0, name.length() - SUMMARY.length()) + ".yaml");
            List<String> data = data(file);
            CsvTable t = CsvTable.read(summary);
            if (!t.header().equals(PosteriorSummary.HEADER)) {
                throw new IOException(summary + ":1: not a posterior summary (its columns must be "
                        + String.join(",", PosteriorSummary.HEADER) + ")");
            }
            for (List<String> row : t.rows()) {
                String path = row.get(1);
                if (!path.startsWith(GLOBAL)) {
                    continue;
                }
                Value v = new Value(path.substring(GLOBAL.length()), file.getFileName().toString(), data,
                        CsvTable.number(row.get(7)), CsvTable.number(row.get(8)), CsvTable.number(row.get(9)),
                        "yes".equals(row.get(13)));
                Value before = out.get(v.key());
                if (before == null || !before.constrained() && v.constrained()) {
                    out.put(v.key(), v);
                }
            }
        }
        return out;
    }

    private static List<String> data(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: a committed summary needs its calibration file beside it");
        }
        try {
            return CalibrationLoader.loadSpec(file).data();
        } catch (ScenarioException e) {
            throw new IOException(String.join("; ", e.problems()));
        }
    }
}
