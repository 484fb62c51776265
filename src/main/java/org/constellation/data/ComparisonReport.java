package org.constellation.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.CsvWriter;
import org.constellation.experiment.Numbers;

/**
 * A comparison as a printed table and as CSV files: {@code comparison.csv} (each statistic, observed,
 * simulated, distance), {@code cells.csv} (organisations per region and category on both sides),
 * {@code regions.csv} (organisations per region) and {@code activity-mix.csv} (each profile's share of
 * entries per category).
 */
public final class ComparisonReport {

    /** The files {@link #write} writes. */
    public static final List<String> FILES = List.of("comparison.csv", "cells.csv", "regions.csv",
            "activity-mix.csv");

    private ComparisonReport() {
    }

    /** The rows of comparison.csv: statistic, observed, simulated, distance. */
    public static List<List<String>> summary(CompareThreeW.Result r) {
        ThreeWComparison c = r.comparison();
        ThreeWStatistics o = c.observed();
        ThreeWStatistics s = c.simulated();
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            rows.add(row("cells with " + ThreeWStatistics.CELL_CLASSES.get(k) + " organisations", o.cellShares()[k],
                    s.cellShares()[k], k == 0 ? c.distances().get("cells") : Double.NaN));
        }
        rows.add(row("coverage", o.coverage(), s.coverage(), c.distances().get("coverage")));
        rows.add(row("duplication share", o.duplication(), s.duplication(), c.distances().get("duplication")));
        rows.add(row("organisations per region (mean)", mean(o.perRegion()), mean(s.perRegion()), Double.NaN));
        rows.add(row("organisations per region (Spearman rho)", Double.NaN, c.spearman(), c.distances().get("regions")));
        rows.add(row("activity mix by profile (weighted total variation)", Double.NaN, Double.NaN,
                c.distances().get("mix")));
        rows.add(row("overall distance", Double.NaN, Double.NaN, c.distance()));
        for (String type : r.indirect().types()) {
            rows.add(row("indirect share of rows, " + type, r.indirect().observedShare(type),
                    r.indirect().simulatedShare(type), Double.NaN));
        }
        return rows;
    }

    /** The comparison as a plain-text table, with the notes below it. */
    public static String table(CompareThreeW.Result r) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-52s %10s %10s %10s%n", "statistic",
                "observed", "simulated", "distance"));
        for (List<String> row : summary(r)) {
            b.append(String.format(Locale.ROOT, "%-52s %10s %10s %10s%n", row.get(0), fixed(row.get(1)),
                    fixed(row.get(2)), fixed(row.get(3))));
        }
        b.append(String.format(Locale.ROOT, "grid: %d regions x %d categories; simulated steps %d-%d%n",
                r.observed().regions().size(), r.observed().categories().size(), r.from(), r.to()));
        r.notes().forEach(n -> b.append("note: ").append(n).append(System.lineSeparator()));
        return b.toString();
    }

    /** Writes the CSV files into a folder (created if missing); returns their paths. */
    public static List<Path> write(CompareThreeW.Result r, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        out.add(csv(folder.resolve(FILES.get(0)), List.of("statistic", "observed", "simulated", "distance"),
                summary(r)));
        List<List<String>> cells = new ArrayList<>();
        for (String region : r.observed().regions()) {
            for (String category : r.observed().categories()) {
                cells.add(List.of(region, category, Integer.toString(r.observed().organisations(region, category).size()),
                        Integer.toString(r.simulated().organisations(region, category).size())));
            }
        }
        out.add(csv(folder.resolve(FILES.get(1)), List.of("region", "category", "observed", "simulated"), cells));
        List<List<String>> regions = new ArrayList<>();
        double[] o = r.comparison().observed().perRegion();
        double[] s = r.comparison().simulated().perRegion();
        for (int i = 0; i < o.length; i++) {
            regions.add(List.of(r.observed().regions().get(i), Numbers.format(o[i]), Numbers.format(s[i])));
        }
        out.add(csv(folder.resolve(FILES.get(2)), List.of("region", "observed", "simulated"), regions));
        List<List<String>> mix = new ArrayList<>();
        Map<String, double[]> om = r.comparison().observed().mix();
        Map<String, double[]> sm = r.comparison().simulated().mix();
        for (String profile : r.comparison().profiles()) {
            for (int c = 0; c < r.observed().categories().size(); c++) {
                mix.add(List.of(profile, r.observed().categories().get(c), share(om.get(profile), c),
                        share(sm.get(profile), c)));
            }
        }
        out.add(csv(folder.resolve(FILES.get(3)), List.of("profile", "category", "observed", "simulated"), mix));
        return out;
    }

    private static String share(double[] mix, int c) {
        return mix == null ? "" : Numbers.format(mix[c]);
    }

    private static Path csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (AtomicFile f = AtomicFile.open(file)) {
            CsvWriter w = new CsvWriter(f.writer());
            w.row(header);
            for (List<String> row : rows) {
                w.row(row);
            }
            w.flush();
            f.commit();
        }
        return file;
    }

    private static List<String> row(String name, double observed, double simulated, double distance) {
        return List.of(name, Numbers.format(observed), Numbers.format(simulated), Numbers.format(distance));
    }

    private static String fixed(String field) {
        return field.isEmpty() ? "" : String.format(Locale.ROOT, "%.3f", Double.parseDouble(field));
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return v.length == 0 ? Double.NaN : sum / v.length;
    }
}
