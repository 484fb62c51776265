package org.constellation.experiment.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Maps a validated calibration tree to a {@link CalibrationSpec}, reporting what the schema cannot
 * check: unique names, references to base scenarios, prior bounds, the fields each target kind and
 * method needs or does not take, and kinds this version cannot compute.
 */
final class CalibrationMapper {

    private final BiConsumer<String, String> error;
    private final Set<String> scenarioNames = new java.util.LinkedHashSet<>();

    private CalibrationMapper(BiConsumer<String, String> error) {
        this.error = error;
    }

    @SuppressWarnings("unchecked")
    static CalibrationSpec map(Map<String, Object> root, BiConsumer<String, String> error) {
        CalibrationMapper m = new CalibrationMapper(error);
        List<BaseScenario> scenarios = m.scenarios((List<Object>) root.get("scenarios"));
        List<CalibratedParameter> parameters = m.parameters((List<Object>) root.get("parameters"));
        TargetMapper targetMapper = new TargetMapper(m.scenarioNames, error);
        List<Target> targets = targetMapper.targets((List<Object>) root.get("targets"));
        Method method = MethodMapper.method((Map<String, Object>) root.get("method"), error);
        Map<String, Object> p = (Map<String, Object>) root.getOrDefault("predictive", Map.of());
        Predictive predictive = new Predictive(Math.toIntExact((Long) p.getOrDefault("draws", 100L)),
                Math.toIntExact((Long) p.getOrDefault("replicates", (long) method.replicates())));
        m.checkUse(scenarios, targets, targetMapper.referenced());
        return new CalibrationSpec((String) root.get("name"), (String) root.getOrDefault("title", root.get("name")),
                (String) root.getOrDefault("description", ""), (List<String>) root.getOrDefault("sources", List.of()),
                (List<String>) root.getOrDefault("data", List.of()), (Long) root.get("seed"), scenarios, parameters,
                targets, Distance.of((String) root.get("distance")), method, predictive);
    }

    @SuppressWarnings("unchecked")
    private List<BaseScenario> scenarios(List<Object> items) {
        List<BaseScenario> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> s = (Map<String, Object>) items.get(i);
            String name = (String) s.get("name");
            if (!scenarioNames.add(name)) {
                error.accept("scenarios[" + i + "].name", "duplicate base scenario name '" + name + "'");
            }
            out.add(new BaseScenario(name, (String) s.get("scenario"), (List<String>) s.getOrDefault("set", List.of()),
                    s.containsKey("steps") ? Math.toIntExact((Long) s.get("steps")) : 0));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<CalibratedParameter> parameters(List<Object> items) {
        List<CalibratedParameter> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> p = (Map<String, Object>) items.get(i);
            String at = "parameters[" + i + "]";
            String name = (String) p.get("name");
            if (!names.add(name)) {
                error.accept(at + ".name", "duplicate parameter name '" + name + "'");
            }
            if (!paths.add((String) p.get("path"))) {
                error.accept(at + ".path", "another parameter already sets " + p.get("path"));
            }
            double min = ((Number) p.get("min")).doubleValue();
            double max = ((Number) p.get("max")).doubleValue();
            CalibratedParameter.Prior prior = CalibratedParameter.Prior.of((String) p.get("prior"));
            boolean integer = (Boolean) p.get("integer");
            if (!(min < max)) {
                error.accept(at + ".max", "max must be greater than min (" + p.get("min") + ")");
            }
            if (prior == CalibratedParameter.Prior.LOG_UNIFORM && (min <= 0 || integer)) {
                error.accept(at + ".prior", integer ? "a log-uniform prior is for real-valued parameters; use uniform"
                        : "a log-uniform prior needs min > 0");
            }
            if (integer && (min != Math.rint(min) || max != Math.rint(max))) {
                error.accept(at + ".min", "a whole-number parameter needs whole-number bounds");
            }
            List<String> applies = (List<String>) p.getOrDefault("scenarios", List.of());
            for (int k = 0; k < applies.size(); k++) {
                if (!scenarioNames.contains(applies.get(k))) {
                    error.accept(at + ".scenarios[" + k + "]", unknownScenario(applies.get(k)));
                }
            }
            out.add(new CalibratedParameter(name, (String) p.get("path"), prior, min, max, integer, applies));
        }
        return out;
    }

    private void checkUse(List<BaseScenario> scenarios, List<Target> targets, Set<String> referenced) {
        if (!targets.isEmpty() && targets.stream().noneMatch(Target::fit)) {
            error.accept("targets", "no target has role fit: at least one must enter the distance");
        }
        for (int i = 0; i < scenarios.size(); i++) {
            String name = scenarios.get(i).name();
            if (!referenced.contains(name)) {
                error.accept("scenarios[" + i + "]", "no target uses base scenario '" + name + "': its runs would "
                        + "be wasted");
            }
        }
    }

    String unknownScenario(String name) {
        return "no base scenario named '" + name + "'; base scenarios: " + scenarioNames;
    }
}
