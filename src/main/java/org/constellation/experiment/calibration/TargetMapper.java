package org.constellation.experiment.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Maps the targets of a calibration tree, checking the fields each kind needs and refusing kinds not available. */
final class TargetMapper {

    private static final List<String> METRIC_MEAN_ONLY = List.of("scenario", "metric", "window", "observed");
    private static final List<String> ORDERING_ONLY = List.of("higher", "lower", "margin");
    private static final List<String> COMPARE_3W_ONLY = List.of("table", "statistic", "country");
    private static final List<String> NOT_COMPARE_3W = List.of("metric", "higher", "lower", "margin");

    private final Set<String> scenarios;
    private final BiConsumer<String, String> error;
    private final Set<String> referenced = new HashSet<>();

    TargetMapper(Set<String> scenarios, BiConsumer<String, String> error) {
        this.scenarios = scenarios;
        this.error = error;
    }

    @SuppressWarnings("unchecked")
    List<Target> targets(List<Object> items) {
        List<Target> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> t = (Map<String, Object>) items.get(i);
            String at = "targets[" + i + "]";
            if (!names.add((String) t.get("name"))) {
                error.accept(at + ".name", "duplicate target name '" + t.get("name") + "'");
            }
            TargetKind kind = TargetKind.of((String) t.get("kind"));
            if (kind.unavailable() != null) {
                error.accept(at + ".kind", kind.unavailable());
                if (t.get("scenario") instanceof String s) {
                    referenced.add(s);
                    checkScenario(s, at + ".scenario");
                }
                continue;
            }
            double scale = ((Number) t.get("scale")).doubleValue();
            if (!(scale > 0)) {
                error.accept(at + ".scale", "scale must be greater than 0");
            }
            Target target = switch (kind) {
                case METRIC_MEAN -> metricMean(t, at, scale);
                case ORDERING -> ordering(t, at, scale);
                case COMPARE_3W -> compare3w(t, at, scale);
            };
            if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    private Target metricMean(Map<String, Object> t, String at, double scale) {
        refuse(t, at, ORDERING_ONLY, "metric-mean");
        refuse(t, at, COMPARE_3W_ONLY, "metric-mean");
        boolean complete = require(t, at, List.of("scenario", "metric", "observed"), "metric-mean");
        if (!complete) {
            return null;
        }
        Quantity q = quantity(t, at);
        return new MetricMeanTarget((String) t.get("name"), fit(t), q, ((Number) t.get("observed")).doubleValue(), scale,
                weight(t), source(t));
    }

    @SuppressWarnings("unchecked")
    private Target compare3w(Map<String, Object> t, String at, double scale) {
        refuse(t, at, NOT_COMPARE_3W, "compare-3w");
        if (!require(t, at, List.of("scenario", "statistic", "table", "country", "observed"), "compare-3w")) {
            return null;
        }
        String statistic = (String) t.get("statistic");
        if (!ThreeWTarget.known(statistic)) {
            error.accept(at + ".statistic", "unknown compare-3w statistic '" + statistic + "'; statistics: "
                    + String.join(", ", ThreeWTarget.STATISTICS));
        }
        String scenario = (String) t.get("scenario");
        referenced.add(scenario);
        checkScenario(scenario, at + ".scenario");
        Map<String, Object> w = (Map<String, Object>) t.getOrDefault("window", Map.of());
        int from = w.containsKey("from") ? Math.toIntExact((Long) w.get("from")) : -1;
        int to = w.containsKey("to") ? Math.toIntExact((Long) w.get("to")) : -1;
        if (to >= 0 && to < from) {
            error.accept(at + ".window.to", "the window ends (" + to + ") before it starts (" + from + ")");
        }
        String name = (String) t.get("name");
        return new ThreeWTarget(name, fit(t), Quantity.statistic(scenario, name), statistic, (String) t.get("table"),
                (String) t.get("country"), from, to, ((Number) t.get("observed")).doubleValue(), scale, weight(t),
                source(t));
    }

    @SuppressWarnings("unchecked")
    private Target ordering(Map<String, Object> t, String at, double scale) {
        refuse(t, at, METRIC_MEAN_ONLY, "ordering");
        refuse(t, at, COMPARE_3W_ONLY, "ordering");
        if (!require(t, at, List.of("higher", "lower"), "ordering")) {
            return null;
        }
        Quantity higher = quantity((Map<String, Object>) t.get("higher"), at + ".higher");
        Quantity lower = quantity((Map<String, Object>) t.get("lower"), at + ".lower");
        if (higher.equals(lower)) {
            error.accept(at + ".lower", "the two quantities of an ordering must differ");
        }
        return new OrderingTarget((String) t.get("name"), fit(t), higher, lower,
                ((Number) t.getOrDefault("margin", 0.0)).doubleValue(), scale, weight(t), source(t));
    }

    /** The base scenarios the targets use, those of targets this version cannot compute included. */
    Set<String> referenced() {
        return referenced;
    }

    private void checkScenario(String scenario, String at) {
        if (!scenarios.contains(scenario)) {
            error.accept(at, "no base scenario named '" + scenario + "'; base scenarios: " + scenarios);
        }
    }

    @SuppressWarnings("unchecked")
    private Quantity quantity(Map<String, Object> q, String at) {
        String scenario = (String) q.get("scenario");
        referenced.add(scenario);
        checkScenario(scenario, at + ".scenario");
        Map<String, Object> w = (Map<String, Object>) q.getOrDefault("window", Map.of());
        int from = Math.toIntExact((Long) w.getOrDefault("from", 0L));
        int to = w.containsKey("to") ? Math.toIntExact((Long) w.get("to")) : -1;
        if (to >= 0 && to < from) {
            error.accept(at + ".window.to", "the window ends (" + to + ") before it starts (" + from + ")");
        }
        return new Quantity(scenario, (String) q.get("metric"), from, to);
    }

    private void refuse(Map<String, Object> t, String at, List<String> keys, String kind) {
        for (String k : keys) {
            if (t.containsKey(k)) {
                error.accept(at + "." + k, k + " is not a setting of " + kind + " targets");
            }
        }
    }

    private boolean require(Map<String, Object> t, String at, List<String> keys, String kind) {
        boolean all = true;
        for (String k : keys) {
            if (!t.containsKey(k)) {
                error.accept(at, "a " + kind + " target needs " + k);
                all = false;
            }
        }
        return all;
    }

    private static boolean fit(Map<String, Object> t) {
        return "fit".equals(t.get("role"));
    }

    private static double weight(Map<String, Object> t) {
        return ((Number) t.get("weight")).doubleValue();
    }

    private static String source(Map<String, Object> t) {
        return (String) t.getOrDefault("source", "");
    }
}
