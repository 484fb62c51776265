package org.constellation.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.charts.SeriesPanel;
import org.constellation.charts.ValueRange;
import org.constellation.metrics.MetricInfo;

/**
 * What the charts and reports call a metric, from the metadata each metric declares ({@link MetricInfo}):
 * the charts package knows no metric, so labels, units and ranges pass through here.
 */
final class MetricLabels {

    private MetricLabels() {
    }

    /** The range the charts keep a metric's values in. */
    static ValueRange range(MetricInfo info) {
        return new ValueRange(info.lower(), info.upper());
    }

    /** The metrics grouped by scale, in the order of first appearance: one panel of a chart each. */
    static List<List<MetricInfo>> byScale(List<MetricInfo> metrics) {
        List<List<MetricInfo>> out = new ArrayList<>();
        for (MetricInfo m : metrics) {
            out.stream().filter(p -> p.get(0).sameScale(m)).findFirst()
                    .ifPresentOrElse(p -> p.add(m), () -> out.add(new ArrayList<>(List.of(m))));
        }
        return out;
    }

    /**
     * A chart panel of metrics sharing a scale: its axis shows the unit and range, and the legend names
     * each metric in words (a stacked panel is too short for both on the axis).
     */
    static SeriesPanel panel(List<MetricInfo> sameScale, Map<String, double[]> valuesById) {
        Map<String, double[]> series = new LinkedHashMap<>();
        sameScale.forEach(m -> series.put(m.label(), valuesById.get(m.id())));
        MetricInfo first = sameScale.get(0);
        return new SeriesPanel(capitalised(first.scale()), range(first), series);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
