package org.constellation.charts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One panel of a stacked time-series chart: series that share a value axis.
 *
 * @param yLabel the value-axis label, naming the quantity and its unit or range
 * @param range the values the series can take (the axis never goes beyond it)
 * @param series series name to values, one per step (NaN = no value), in iteration order
 */
public record SeriesPanel(String yLabel, ValueRange range, Map<String, double[]> series) {

    /**
     * Copies the series map (keeping its order).
     *
     * @throws IllegalArgumentException if the label is blank, the range null or the series empty
     */
    public SeriesPanel {
        Checks.label(yLabel, "panel y label");
        if (range == null) {
            throw new IllegalArgumentException("panel '" + yLabel + "' has no value range");
        }
        series = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.nonEmpty(series, "series")));
    }
}
