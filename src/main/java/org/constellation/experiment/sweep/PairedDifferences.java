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
        double[][][] values = read(out.resolve(SweepFiles.RUNS), spec, plan);
        Path file = out.resolve(FILE);
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            List<String> header = new ArrayList<>(List.of("point"));
            spec.factors().forEach(x -> header.add(x.name()));
            header.addAll(List.of("output", "n", "baseline_mean", "point_mean", "difference", "ci_low", "ci_high"));
            csv.row(header);
            for (int p = 1; p < plan.points(); p++) {
                for (int o = 0; o < outputs.size(); o++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                    plan.labels(p).forEach(v -> row.add(SweepFiles.text(v)));
                    row.add(outputs.get(o));
                    row.addAll(compare(values[0], values[p], o));
                    csv.row(row);
                }
            }
            csv.flush();
            f.commit();
        }
        return file;
    }

    /** The outputs of a file laid out as runs.csv, indexed [point][replicate][output]. */
    static double[][][] read(Path runs, ExperimentSpec spec, RunPlan plan) throws IOException {
        double[][][] values = new double[plan.points()][spec.replications()][];
        try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                List<String> f = SweepFiles.split(line);
                values[Integer.parseInt(f.get(1))][Integer.parseInt(f.get(2))] = SweepFiles.outputs(f, spec);
            }
        }
        return values;
    }

    /**
     * Replicate by replicate, output {@code o} of {@code here} against {@code base}: n, the two means, the
     * mean difference (here - base) and its 95% t interval.
     */
    static List<String> compare(double[][] base, double[][] here, int o) {
        int reps = base.length;
        double[] b = new double[reps];
        double[] h = new double[reps];
        double[] diff = new double[reps];
        for (int r = 0; r < reps; r++) {
            b[r] = base[r][o];
            h[r] = here[r][o];
            diff[r] = h[r] - b[r];
        }
        SummaryStatistics d = SummaryStatistics.of(diff);
        return List.of(Integer.toString(reps), Numbers.format(SummaryStatistics.of(b).mean()),
                Numbers.format(SummaryStatistics.of(h).mean()), Numbers.format(d.mean()), Numbers.format(d.ciLow()),
                Numbers.format(d.ciHigh()));
    }
}
