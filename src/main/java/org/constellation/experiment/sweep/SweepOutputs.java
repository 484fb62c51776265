package org.constellation.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;
import org.constellation.experiment.analysis.SummaryStatistics;
import org.constellation.metrics.Metrics;

/**
 * The outputs a finished sweep derives from its runs: timeseries.csv.gz (the per-step series,
 * compressed), summary.csv (per point: n, and the mean, standard deviation and 95% confidence
 * interval of each metric's final and mean value). Both are computed by streaming the files, in
 * run-id order, so memory does not grow with the number of runs.
 */
public final class SweepOutputs {

    private SweepOutputs() {
    }

    /** Compresses the time series, if the sweep kept one; returns whether it did. */
    public static boolean compressTimeseries(Path out) throws IOException {
        Path partial = out.resolve(SweepFiles.TIMESERIES_PARTIAL);
        if (!Files.exists(partial)) {
            return false;
        }
        AtomicFile.write(out.resolve(SweepFiles.TIMESERIES), stream -> {
            try (InputStream in = Files.newInputStream(partial, LinkOption.NOFOLLOW_LINKS);
                    GZIPOutputStream gz = new GZIPOutputStream(stream, 1 << 16)) {
                in.transferTo(gz);
            }
        });
        Files.delete(partial);
        return true;
    }

    /** Writes summary.csv from runs.csv. */
    public static void summarize(Path out, ExperimentSpec spec) throws IOException {
        List<String> metrics = Metrics.names();
        int factors = spec.factors().size();
        try (BufferedReader runs = Files.newBufferedReader(out.resolve(SweepFiles.RUNS), StandardCharsets.UTF_8);
                AtomicFile file = AtomicFile.open(out.resolve(SweepFiles.SUMMARY))) {
            CsvWriter csv = new CsvWriter(file.writer());
            csv.row(header(spec, metrics));
            runs.readLine();
            List<List<String>> group = new ArrayList<>();
            String line;
            while ((line = runs.readLine()) != null) {
                List<String> row = SweepFiles.split(line);
                if (!group.isEmpty() && !group.get(0).get(1).equals(row.get(1))) {
                    csv.row(point(group, factors, metrics.size()));
                    group.clear();
                }
                group.add(row);
            }
            if (!group.isEmpty()) {
                csv.row(point(group, factors, metrics.size()));
            }
            csv.flush();
            file.commit();
        }
    }

    private static List<String> header(ExperimentSpec spec, List<String> metrics) {
        List<String> h = new ArrayList<>(List.of("point"));
        spec.factors().forEach(f -> h.add(f.name()));
        h.add("n");
        for (String m : metrics) {
            for (String stat : List.of("final", "mean")) {
                for (String s : List.of("mean", "sd", "ci_low", "ci_high")) {
                    h.add(m + "_" + stat + "_" + s);
                }
            }
        }
        return h;
    }

    private static List<String> point(List<List<String>> rows, int factors, int metrics) {
        List<String> first = rows.get(0);
        List<String> out = new ArrayList<>(List.of(first.get(1)));
        out.addAll(first.subList(4, 4 + factors));
        out.add(Integer.toString(rows.size()));
        for (int m = 0; m < 2 * metrics; m++) {
            double[] values = new double[rows.size()];
            for (int r = 0; r < values.length; r++) {
                String v = rows.get(r).get(4 + factors + m);
                values[r] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            }
            SummaryStatistics s = SummaryStatistics.of(values);
            out.add(Numbers.format(s.mean()));
            out.add(Numbers.format(s.standardDeviation()));
            out.add(Numbers.format(s.ciLow()));
            out.add(Numbers.format(s.ciHigh()));
        }
        return out;
    }
}
