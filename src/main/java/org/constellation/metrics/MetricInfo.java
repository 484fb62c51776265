package org.constellation.metrics;

import java.util.Locale;

/**
 * How a metric is shown to a reader: its name in words, its unit, the range its values can take, and
 * the group of metrics it is charted with. Metrics of one group that share a unit and range share an
 * axis; a group with several units gets a panel per unit.
 *
 * @param id the metric's stable name (its column header)
 * @param label its name in words, e.g. "Redundant effort"
 * @param unit its unit in words, e.g. "share" or "months"; metrics on one axis share it
 * @param lower the smallest value it can take ({@code Double.NEGATIVE_INFINITY} if none)
 * @param upper the largest value it can take ({@code Double.POSITIVE_INFINITY} if none)
 * @param group the chart it belongs on, e.g. "coordination"
 */
public record MetricInfo(String id, String label, String unit, double lower, double upper, String group) {

    /** The group of metrics that declare none. */
    public static final String UNDECLARED = "other";

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if a text is blank or the range is empty or NaN
     */
    public MetricInfo {
        for (String text : new String[] {id, label, unit, group}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("metric info of '" + id + "' has a blank field");
            }
        }
        if (!(lower < upper)) {
            throw new IllegalArgumentException("metric info of '" + id + "': range [" + lower + ", " + upper
                    + "] is empty");
        }
    }

    /**
     * The info of the standard metric with this id, or of a host country's consent or willingness column, or
     * {@link #undeclared} for another id (an older output's).
     */
    public static MetricInfo of(String id) {
        for (Metric m : Metrics.standard()) {
            if (m.name().equals(id)) {
                return m.info();
            }
        }
        MetricInfo country = HostStance.infoOfCountryColumn(id);
        return country != null ? country : undeclared(id);
    }

    /** What a metric that declares no info is shown as: its id in words, no unit, no bounds. */
    public static MetricInfo undeclared(String id) {
        return new MetricInfo(id, id.replace('_', ' '), "value", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                UNDECLARED);
    }

    /** The range in words when it is bounded on both sides, e.g. "0-1"; else "". */
    public String range() {
        return Double.isFinite(lower) && Double.isFinite(upper) ? number(lower) + "-" + number(upper) : "";
    }

    /** The unit and range, e.g. "share, 0-1" or "strength units": the label of an axis several metrics share. */
    public String scale() {
        String range = range();
        return range.isEmpty() ? unit : unit + ", " + range;
    }

    /** The label of an axis showing this metric alone, e.g. "Redundant effort (share, 0-1)". */
    public String axisLabel() {
        return label + " (" + scale() + ")";
    }

    /** Whether two metrics can share an axis: the same unit and range. */
    public boolean sameScale(MetricInfo other) {
        return unit.equals(other.unit) && Double.compare(lower, other.lower) == 0
                && Double.compare(upper, other.upper) == 0;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
