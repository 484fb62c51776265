package org.constellation.experiment.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.constellation.metrics.Metrics;

/** Maps a validated experiment tree to an {@link ExperimentSpec}, reporting what the schema cannot check. */
final class ExperimentMapper {

    private ExperimentMapper() {
    }

    @SuppressWarnings("unchecked")
    static ExperimentSpec map(Map<String, Object> root, BiConsumer<String, String> error) {
        List<FactorSpec> factors = new ArrayList<>();
        List<Object> items = (List<Object>) root.getOrDefault("factors", List.of());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            FactorSpec f = factor((Map<String, Object>) items.get(i), "factors[" + i + "]", error);
            if (!names.add(f.name())) {
                error.accept("factors[" + i + "].name", "duplicate factor name '" + f.name() + "'");
            }
            factors.add(f);
        }
        Map<String, Object> design = (Map<String, Object>) root.get("design");
        String type = (String) design.get("type");
        Map<String, Long> settings = new LinkedHashMap<>();
        for (String key : List.of("levels", "samples", "skip", "trajectories", "grid_levels")) {
            settings.put(key, (Long) design.get(key));
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (Object p : (List<Object>) design.getOrDefault("points", List.of())) {
            points.add((Map<String, Object>) p);
        }
        checkDesign(type, settings, points, factors, error);
        List<String> metrics = root.containsKey("metrics") ? (List<String>) root.get("metrics") : Metrics.names();
        return new ExperimentSpec((String) root.get("name"), (String) root.getOrDefault("title", root.get("name")),
                (String) root.getOrDefault("description", ""), (String) root.getOrDefault("claim", ""),
                (String) root.getOrDefault("finding", ""), (String) root.get("scenario"),
                (List<String>) root.getOrDefault("set", List.of()), factors, type, settings, points,
                Math.toIntExact((Long) root.get("replications")), (Long) root.get("seed"),
                root.containsKey("steps") ? Math.toIntExact((Long) root.get("steps")) : 0, metrics,
                (Boolean) root.get("timeseries"), counterfactual((Map<String, Object>) root.get("counterfactual")),
                "independent".equals(root.get("seeds")), (String) root.getOrDefault("posterior", ""), List.of(),
                (List<String>) root.getOrDefault("statistics", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static CounterfactualSpec counterfactual(Map<String, Object> c) {
        return c == null ? null : new CounterfactualSpec((String) c.get("name"),
                (String) c.getOrDefault("description", ""), (List<String>) c.get("set"));
    }

    @SuppressWarnings("unchecked")
    private static FactorSpec factor(Map<String, Object> f, String path, BiConsumer<String, String> error) {
        String name = (String) f.get("name");
        List<Object> values = (List<Object>) f.getOrDefault("values", List.of());
        boolean hasRange = f.containsKey("min") || f.containsKey("max");
        if (values.isEmpty() == !hasRange) {
            error.accept(path, "give either values (categorical) or min and max (numeric), not "
                    + (hasRange ? "both" : "neither"));
        }
        double min = ((Number) f.getOrDefault("min", 0.0)).doubleValue();
        double max = ((Number) f.getOrDefault("max", 1.0)).doubleValue();
        boolean log = (Boolean) f.get("log");
        if (hasRange && !(min < max)) {
            error.accept(path + ".max", "max must be greater than min (" + min + ")");
        }
        if (log && min <= 0) {
            error.accept(path + ".min", "a log-scale factor needs min > 0");
        }
        List<String> labels = new ArrayList<>((List<String>) f.getOrDefault("labels", List.of()));
        if (!labels.isEmpty() && labels.size() != values.size()) {
            error.accept(path + ".labels", "give one label per value (" + values.size() + "), found " + labels.size());
        }
        if (labels.isEmpty()) {
            for (Object v : values) {
                labels.add(v instanceof String s ? s : Overrides.render(v));
            }
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            error.accept(path + ".labels", "labels must be distinct");
        }
        return new FactorSpec(name, (String) f.get("path"), values, labels, min, max, (Boolean) f.get("integer"), log);
    }

    private static void checkDesign(String type, Map<String, Long> settings, List<Map<String, Object>> points,
            List<FactorSpec> factors, BiConsumer<String, String> error) {
        if (!type.equals("grid") && !type.equals("explicit") && factors.isEmpty()) {
            error.accept("design.type", "a " + type + " design needs at least one factor");
        }
        if (type.equals("morris") && settings.get("grid_levels") % 2 != 0) {
            error.accept("design.grid_levels", "a Morris grid needs an even number of levels");
        }
        if (type.equals("explicit") && points.isEmpty()) {
            error.accept("design", "an explicit design needs points");
        }
        if (!type.equals("explicit") && !points.isEmpty()) {
            error.accept("design.points", "points belong to an explicit design only");
        }
        Set<String> names = new HashSet<>();
        factors.forEach(f -> names.add(f.name()));
        for (int i = 0; i < points.size(); i++) {
            for (String key : points.get(i).keySet()) {
                if (!names.contains(key)) {
                    error.accept("design.points[" + i + "]." + key, "no factor named '" + key + "'; factors: " + names);
                }
            }
            for (String n : names) {
                if (!points.get(i).containsKey(n)) {
                    error.accept("design.points[" + i + "]", "missing a value for factor '" + n + "'");
                }
            }
        }
    }
}
