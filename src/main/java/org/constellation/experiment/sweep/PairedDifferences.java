package org.constellation.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;
import org.constellation.experiment.analysis.SummaryStatistics;

/**
 * differences.csv: each design point against the first (the baseline), metric by metric, paired by
 * replicate. Replicate r of every point runs with the same seed (common random numbers), so the
 * difference of each pair removes the noise the two runs share, and the 95% t interval of the mean
 * difference is narrower than one built from the two points' separate intervals. Written for grid and
 * explicit designs of at most {@link #MAX_POINTS} points.
 */
final class PairedDifferences {

    /** Largest design compared point by point. */
    static final int MAX_POINTS = 200;
    static final String FILE = "differences.csv";

    private PairedDifferences() {
    }

    /** Whether an experiment gets the file. */
    static boolean applies(ExperimentSpec spec, RunPlan plan) {
        return (spec.design().equals("grid") || spec.design().equals("explicit")) && plan.points() > 1
                && plan.points() <= MAX_POINTS;
    }

    static Path write(Path out, ExperimentSpec spec, RunPlan plan, List<String> outputs) throws IOException {
        int reps = spec.replications();
        double[][][] values = new double[plan.points()][reps][];
        int offset = 4 + spec.factors().size();
        try (BufferedReader in = Files.newBufferedReader(out.resolve(SweepFiles.RUNS), StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                List<String> f = SweepFiles.split(line);
                double[] v = new double[outputs.size()];
                for (int o = 0; o < v.length; o++) {
                    String cell = f.get(offset + o);
                    v[o] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                }
                values[Integer.parseInt(f.get(1))][Integer.parseInt(f.get(2))] = v;
            }
        }
        Path file = out.resolve(FILE);
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            List<String> header = new ArrayList<>(List.of("point"));
            spec.factors().forEach(x -> header.add(x.name()));
            header.addAll(List.of("output", "n", "baseline_mean", "point_mean", "difference", "ci_low", "ci_high"));
            csv.row(header);
            for (int p = 1; p < plan.points(); p++) {
                for (int o = 0; o < outputs.size(); o++) {
                    csv.row(row(p, o, values, plan, outputs.get(o)));
                }
            }
            csv.flush();
            f.commit();
        }
        return file;
    }

    private static List<String> row(int p, int o, double[][][] values, RunPlan plan, String output) {
        int reps = values[0].length;
        double[] base = new double[reps];
        double[] here = new double[reps];
        double[] diff = new double[reps];
        for (int r = 0; r < reps; r++) {
            base[r] = values[0][r][o];
            here[r] = values[p][r][o];
            diff[r] = here[r] - base[r];
        }
        SummaryStatistics d = SummaryStatistics.of(diff);
        List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
        plan.labels(p).forEach(v -> row.add(SweepFiles.text(v)));
        row.addAll(List.of(output, Integer.toString(reps), Numbers.format(SummaryStatistics.of(base).mean()),
                Numbers.format(SummaryStatistics.of(here).mean()), Numbers.format(d.mean()), Numbers.format(d.ciLow()),
                Numbers.format(d.ciHigh())));
        return row;
    }
}
