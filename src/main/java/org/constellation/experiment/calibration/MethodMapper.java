package org.constellation.experiment.calibration;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Maps the method section of a calibration, with its defaults, refusing settings of the other method. */
final class MethodMapper {

    private static final List<String> SMC_ONLY = List.of("population", "generations", "quantile", "kernel",
            "final_tolerance", "max_simulations", "min_acceptance");
    private static final List<String> REJECTION_ONLY = List.of("samples", "accept");

    private MethodMapper() {
    }

    static Method method(Map<String, Object> m, BiConsumer<String, String> error) {
        String type = (String) m.get("type");
        boolean smc = Method.SMC.equals(type);
        for (String k : smc ? REJECTION_ONLY : SMC_ONLY) {
            if (m.containsKey(k)) {
                error.accept("method." + k, k + " is a setting of " + (smc ? Method.REJECTION : Method.SMC) + ", not "
                        + type);
            }
        }
        int population = integer(m, "population", 200);
        double quantile = number(m, "quantile", 0.5);
        if (!(quantile > 0 && quantile < 1)) {
            error.accept("method.quantile", "quantile must be between 0 and 1, not equal to either");
        }
        long maxSimulations = m.containsKey("max_simulations") ? (Long) m.get("max_simulations") : 50L * population;
        if (smc && maxSimulations < population) {
            error.accept("method.max_simulations", "max_simulations must be at least the population (" + population
                    + ")");
        }
        int samples = integer(m, "samples", 1000);
        double accept = number(m, "accept", 0.1);
        if (!smc && !(accept > 0) || !smc && Math.round(accept * samples) < 2) {
            error.accept("method.accept", "accept x samples must keep at least 2 particles");
        }
        return new Method(type, integer(m, "replicates", 1), population, integer(m, "generations", 5), quantile,
                (String) m.getOrDefault("kernel", "multivariate"), number(m, "final_tolerance", 0), maxSimulations,
                number(m, "min_acceptance", 0.01), samples, accept);
    }

    private static int integer(Map<String, Object> m, String key, int fallback) {
        return m.containsKey(key) ? Math.toIntExact((Long) m.get(key)) : fallback;
    }

    private static double number(Map<String, Object> m, String key, double fallback) {
        return m.containsKey(key) ? ((Number) m.get(key)).doubleValue() : fallback;
    }
}
