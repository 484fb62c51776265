package org.constellation.experiment.sweep;

import ec.util.MersenneTwisterFast;
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
import org.constellation.experiment.analysis.MorrisAnalyzer;
import org.constellation.experiment.analysis.MorrisIndices;
import org.constellation.experiment.analysis.PrccAnalyzer;
import org.constellation.experiment.analysis.PrccResult;
import org.constellation.experiment.analysis.SobolAnalyzer;
import org.constellation.experiment.analysis.SobolIndices;
import org.constellation.experiment.design.MorrisDesign;
import org.constellation.experiment.design.SaltelliDesign;
import org.constellation.metrics.Metrics;

/**
 * Sensitivity analysis of a finished sweep, on each metric's final and mean value averaged over the
 * replicates of each design point: Sobol first-order and total indices with bootstrap 95% confidence
 * intervals (sobol designs), Morris mu, mu* and sigma (morris designs), and partial rank correlation
 * coefficients of the numeric factors (every sampled design); and, for an experiment with a counterfactual,
 * each run against its counterfactual. Written as tidy CSV files.
 */
public final class SweepAnalysis {

    /** Bootstrap resamples for Sobol confidence intervals. */
    static final int BOOTSTRAP = 200;

    private SweepAnalysis() {
    }

    /** Runs every analysis the design allows; returns the files written. */
    public static List<Path> analyze(Path out, ExperimentSpec spec, RunPlan plan) throws IOException {
        double[][] outputs = pointMeans(out.resolve(SweepFiles.RUNS), spec, plan.points());
        List<String> names = outputNames();
        List<Path> files = new ArrayList<>();
        if (plan.design() instanceof SaltelliDesign saltelli) {
            files.add(sobol(out, saltelli, outputs, names, spec.seed()));
        }
        if (plan.design() instanceof MorrisDesign morris) {
            files.add(morris(out, morris, outputs, names));
        }
        if (PairedDifferences.applies(spec, plan)) {
            files.add(PairedDifferences.write(out, spec, plan, names));
        }
        if (spec.hasCounterfactual()) {
            files.add(CounterfactualDifferences.write(out, spec, plan, names));
        }
        if (!spec.design().equals("grid") && !spec.design().equals("explicit")
                && spec.factors().stream().anyMatch(FactorSpec::numeric) && plan.points() > spec.factors().size() + 2) {
            files.add(prcc(out, spec, plan, outputs, names));
        }
        return files;
    }

    /** Output names in column order: metric_final, metric_mean for every metric. */
    static List<String> outputNames() {
        List<String> names = new ArrayList<>();
        for (String m : Metrics.names()) {
            names.add(m + "_final");
            names.add(m + "_mean");
        }
        return names;
    }

    /** Per output column, per point, the mean over the point's replicates. */
    static double[][] pointMeans(Path runs, ExperimentSpec spec, int points) throws IOException {
        int outputs = 2 * Metrics.names().size();
        double[][] sums = new double[outputs][points];
        int[] counts = new int[points];
        try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                List<String> f = SweepFiles.split(line);
                int point = Integer.parseInt(f.get(1));
                counts[point]++;
                double[] v = SweepFiles.outputs(f, spec);
                for (int o = 0; o < outputs; o++) {
                    sums[o][point] += v[o];
                }
            }
        }
        for (int o = 0; o < outputs; o++) {
            for (int p = 0; p < points; p++) {
                sums[o][p] = counts[p] == 0 ? Double.NaN : sums[o][p] / counts[p];
            }
        }
        return sums;
    }

    private static Path sobol(Path out, SaltelliDesign design, double[][] outputs, List<String> names, long seed)
            throws IOException {
        Path file = out.resolve("sensitivity-sobol.csv");
        SobolAnalyzer analyzer = new SobolAnalyzer(BOOTSTRAP, 0.95);
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(List.of("output", "factor", "S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high"));
            for (int o = 0; o < outputs.length; o++) {
                for (SobolIndices s : analyzer.analyze(design, outputs[o], new MersenneTwisterFast(seed + o))) {
                    csv.row(List.of(names.get(o), s.factor(), Numbers.format(s.s1()), Numbers.format(s.s1Low()),
                            Numbers.format(s.s1High()), Numbers.format(s.st()), Numbers.format(s.stLow()),
                            Numbers.format(s.stHigh())));
                }
            }
            csv.flush();
            f.commit();
        }
        return file;
    }

    private static Path morris(Path out, MorrisDesign design, double[][] outputs, List<String> names)
            throws IOException {
        Path file = out.resolve("sensitivity-morris.csv");
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(List.of("output", "factor", "mu", "mu_star", "sigma", "effects"));
            for (int o = 0; o < outputs.length; o++) {
                for (MorrisIndices m : MorrisAnalyzer.analyze(design, outputs[o])) {
                    csv.row(List.of(names.get(o), m.factor(), Numbers.format(m.mu()), Numbers.format(m.muStar()),
                            Numbers.format(m.sigma()), Integer.toString(m.effects())));
                }
            }
            csv.flush();
            f.commit();
        }
        return file;
    }

    private static Path prcc(Path out, ExperimentSpec spec, RunPlan plan, double[][] outputs, List<String> names)
            throws IOException {
        List<Integer> numeric = new ArrayList<>();
        List<String> factors = new ArrayList<>();
        for (int i = 0; i < spec.factors().size(); i++) {
            if (spec.factors().get(i).numeric()) {
                numeric.add(i);
                factors.add(spec.factors().get(i).name());
            }
        }
        double[][] x = new double[plan.points()][numeric.size()];
        for (int p = 0; p < plan.points(); p++) {
            List<Object> labels = plan.labels(p);
            for (int k = 0; k < numeric.size(); k++) {
                x[p][k] = ((Number) labels.get(numeric.get(k))).doubleValue();
            }
        }
        Path file = out.resolve("prcc.csv");
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter csv = new CsvWriter(f.writer());
            csv.row(List.of("output", "factor", "prcc", "p_value", "df"));
            for (int o = 0; o < outputs.length; o++) {
                if (hasNaN(outputs[o])) {
                    continue;
                }
                for (PrccResult r : PrccAnalyzer.analyze(factors, x, outputs[o])) {
                    csv.row(List.of(names.get(o), r.factor(), Numbers.format(r.prcc()), Numbers.format(r.pValue()),
                            Integer.toString(r.degreesOfFreedom())));
                }
            }
            csv.flush();
            f.commit();
        }
        return file;
    }

    private static boolean hasNaN(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
