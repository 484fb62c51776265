package org.constellation.experiment.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.constellation.experiment.CsvTable;

/**
 * Reads what a batch's sweep on one base scenario gives its targets: from the time series of every run
 * (in one folder, or spread over the shards' folders), the mean of each quantity's metric over its
 * window, per particle (design point) and replicate. Run {@code id} is replicate {@code id % R} of
 * particle {@code id / R}.
 */
final class BatchObservations {

    private BatchObservations() {
    }

    /**
     * @return per quantity, its value for each particle and replicate (NaN where the window holds no
     *         defined value)
     */
    static Map<Quantity, double[][]> read(List<Path> sweeps, List<Quantity> quantities, int particles, int replicates)
            throws IOException, CalibrationException {
        int q = quantities.size();
        double[][][] sums = new double[q][particles][replicates];
        int[][][] counts = new int[q][particles][replicates];
        boolean[] seen = new boolean[particles * replicates];
        for (Path dir : sweeps) {
            Path file = timeseries(dir);
            if (file != null) {
                readFile(file, quantities, sums, counts, seen, replicates);
            }
            if (quantities.stream().anyMatch(Quantity::isStatistic)) {
                readRuns(dir.resolve("runs.csv"), quantities, sums, counts, replicates);
            }
        }
        int missing = 0;
        for (boolean s : seen) {
            missing += s ? 0 : 1;
        }
        if (missing > 0) {
            throw new CalibrationException(missing + " of the " + seen.length + " runs of " + sweeps.get(0).getParent()
                    .getFileName() + "/" + sweeps.get(0).getFileName() + " are missing from its time series");
        }
        Map<Quantity, double[][]> out = new HashMap<>();
        for (int k = 0; k < q; k++) {
            double[][] v = new double[particles][replicates];
            for (int p = 0; p < particles; p++) {
                for (int r = 0; r < replicates; r++) {
                    v[p][r] = counts[k][p][r] == 0 ? Double.NaN : sums[k][p][r] / counts[k][p][r];
                }
            }
            out.put(quantities.get(k), v);
        }
        return out;
    }

    private static Path timeseries(Path dir) {
        Path gz = dir.resolve("timeseries.csv.gz");
        if (Files.exists(gz)) {
            return gz;
        }
        Path partial = dir.resolve(".timeseries.partial.csv");
        return Files.exists(partial) ? partial : null;
    }

    private static void readFile(Path file, List<Quantity> quantities, double[][][] sums, int[][][] counts,
            boolean[] seen, int replicates) throws IOException, CalibrationException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String first = reader.readLine();
            List<String> header = first == null ? List.of() : CsvTable.split(first);
            int[] column = new int[quantities.size()];
            for (int k = 0; k < column.length; k++) {
                column[k] = header.indexOf(quantities.get(k).metric());
                if (column[k] < 2 && !quantities.get(k).isStatistic()) {
                    throw new CalibrationException(file + " has no column " + quantities.get(k).metric());
                }
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    add(CsvTable.split(line), quantities, column, sums, counts, seen, replicates);
                }
            }
        }
    }

    /** Adds each run's statistics from runs.csv (the run statistics kept as columns stat_NAME). */
    private static void readRuns(Path file, List<Quantity> quantities, double[][][] sums, int[][][] counts,
            int replicates) throws IOException, CalibrationException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            List<String> header = first == null ? List.of() : CsvTable.split(first);
            int[] column = new int[quantities.size()];
            for (int k = 0; k < column.length; k++) {
                column[k] = quantities.get(k).isStatistic() ? header.indexOf(quantities.get(k).metric()) : -1;
                if (quantities.get(k).isStatistic() && column[k] < 0) {
                    throw new CalibrationException(file + " has no column " + quantities.get(k).metric());
                }
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> row = CsvTable.split(line);
                int run = Integer.parseInt(row.get(0));
                for (int k = 0; k < column.length; k++) {
                    String cell = column[k] < 0 ? "" : row.get(column[k]);
                    if (!cell.isEmpty() && Double.isFinite(Double.parseDouble(cell))) {
                        sums[k][run / replicates][run % replicates] += Double.parseDouble(cell);
                        counts[k][run / replicates][run % replicates]++;
                    }
                }
            }
        }
    }

    /** Adds one time-series row (run_id, step, then the sweep's metrics). */
    private static void add(List<String> row, List<Quantity> quantities, int[] column, double[][][] sums,
            int[][][] counts, boolean[] seen, int replicates) {
        int run = Integer.parseInt(row.get(0));
        int step = Integer.parseInt(row.get(1));
        seen[run] = true;
        int p = run / replicates;
        int r = run % replicates;
        for (int k = 0; k < quantities.size(); k++) {
            String cell = column[k] < 2 ? "" : row.get(column[k]);
            if (column[k] >= 2 && quantities.get(k).covers(step) && !cell.isEmpty()) {
                double v = Double.parseDouble(cell);
                if (Double.isFinite(v)) {
                    sums[k][p][r] += v;
                    counts[k][p][r]++;
                }
            }
        }
    }
}
