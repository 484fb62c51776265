package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.constellation.charts.ChartFiles;
import org.constellation.charts.SensitivityBarChart;
import org.constellation.charts.SensitivityIndex;
import org.constellation.experiment.CsvTable;
import org.constellation.metrics.MetricInfo;

/** Bar charts of a sweep's sensitivity indices (Sobol, Morris, PRCC), one per headline metric. */
final class SensitivityCharts {

    private SensitivityCharts() {
    }

    static List<String> write(Path charts, Path out, List<String> metrics) throws IOException {
        List<String> written = new ArrayList<>();
        written.addAll(chart(charts, out.resolve("sensitivity-sobol.csv"), "sobol", metrics,
                List.of(new Index("S1", "S1", "S1_low", "S1_high"), new Index("ST", "ST", "ST_low", "ST_high")),
                "Sobol indices", m -> "index (share of the variance of " + m.label() + ")"));
        written.addAll(chart(charts, out.resolve("sensitivity-morris.csv"), "morris", metrics,
                List.of(new Index("mu*", "mu_star", null, null), new Index("sigma", "sigma", null, null)),
                "Morris elementary effects", m -> "elementary effect (" + m.unit() + ")"));
        written.addAll(chart(charts, out.resolve("prcc.csv"), "prcc", metrics,
                List.of(new Index("PRCC", "prcc", null, null)), "Partial rank correlation", m -> "partial rank correlation (-1 to 1)"));
        return written;
    }

    /** One index to draw: its label, value column and optional bound columns. */
    private record Index(String label, String value, String low, String high) {
    }

    /**
     * An index with its interval, or without one when the interval is missing (an output that did not vary
     * has no index to draw and is left out before this).
     */
    private static SensitivityIndex withBounds(Index i, double v, CsvTable t, List<String> row) {
        double low = CsvTable.number(row.get(t.column(i.low())));
        double high = CsvTable.number(row.get(t.column(i.high())));
        boolean bounded = Double.isFinite(low) && Double.isFinite(high) && low <= high;
        return bounded ? SensitivityIndex.of(i.label(), v, low, high) : SensitivityIndex.of(i.label(), v);
    }

    private static List<String> chart(Path charts, Path file, String kind, List<String> metrics, List<Index> indices,
            String title, Function<MetricInfo, String> axis) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        CsvTable t = CsvTable.read(file);
        List<String> written = new ArrayList<>();
        for (String metric : metrics) {
            Map<String, List<SensitivityIndex>> byFactor = new LinkedHashMap<>();
            for (List<String> row : t.rows()) {
                if (!row.get(t.column("output")).equals(metric + "_mean")) {
                    continue;
                }
                List<SensitivityIndex> list = new ArrayList<>();
                for (Index i : indices) {
                    double v = CsvTable.number(row.get(t.column(i.value())));
                    if (!Double.isFinite(v)) {
                        break;
                    }
                    list.add(i.low() == null ? SensitivityIndex.of(i.label(), v) : withBounds(i, v, t, row));
                }
                if (list.size() == indices.size()) {
                    byFactor.put(row.get(t.column("factor")), list);
                }
            }
            if (!byFactor.isEmpty()) {
                String name = kind + "-" + metric;
                MetricInfo info = MetricInfo.of(metric);
                ChartFiles.write(SensitivityBarChart.create(title + ": " + info.label() + " (mean over each run)",
                        "factor", axis.apply(info), byFactor), charts, name, 900, 500);
                written.add(name);
            }
        }
        return written;
    }
}
