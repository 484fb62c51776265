package org.constellation.experiment.calibration;

import java.util.List;
import org.constellation.experiment.Numbers;

/**
 * A parameter being calibrated: any scenario key (a global parameter under {@code parameters.} or any
 * other path, as {@code run --set} takes), with a uniform or log-uniform prior on [min, max].
 *
 * <p>The algorithms work in a <i>working space</i> where every prior is uniform on a box: the value
 * itself for a uniform prior, its logarithm for a log-uniform one, and for a whole-number parameter a
 * continuous latent value on [min, max + 1) whose floor is the value applied (each whole number then
 * has the same prior mass, as in {@link org.constellation.experiment.design.NumericFactor}).
 *
 * @param name column name in the outputs
 * @param path the scenario key it sets
 * @param prior its prior
 * @param min lowest value
 * @param max highest value
 * @param integer whole numbers only
 * @param scenarios the base scenarios it applies to (empty: all)
 */
public record CalibratedParameter(String name, String path, Prior prior, double min, double max, boolean integer,
        List<String> scenarios) {

    /** Prior distributions. */
    public enum Prior {
        UNIFORM("uniform"), LOG_UNIFORM("log-uniform");

        private final String key;

        Prior(String key) {
            this.key = key;
        }

        /** As written in calibration files. */
        public String key() {
            return key;
        }

        /** The prior written as {@code key}. */
        public static Prior of(String key) {
            for (Prior p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no prior " + key);
        }
    }

    public CalibratedParameter {
        scenarios = List.copyOf(scenarios);
    }

    /** Lower bound of the working space. */
    public double low() {
        return prior == Prior.LOG_UNIFORM ? Math.log(min) : min;
    }

    /** Upper bound of the working space (exclusive for whole numbers). */
    public double high() {
        return prior == Prior.LOG_UNIFORM ? Math.log(max) : integer ? max + 1 : max;
    }

    /** Whether a working value is inside the prior's support. */
    public boolean inside(double z) {
        return z >= low() && (integer ? z < high() : z <= high());
    }

    /** The value a working value applies to the scenario. */
    public double value(double z) {
        double x = prior == Prior.LOG_UNIFORM ? Math.exp(z) : integer ? Math.floor(z) : z;
        return Math.max(min, Math.min(max, x));
    }

    /** The working value at a point u in [0, 1) of the unit interval (inverse-transform sampling). */
    public double atUnit(double u) {
        return low() + u * (high() - low());
    }

    /** Whether it applies to a base scenario. */
    public boolean appliesTo(String scenario) {
        return scenarios.isEmpty() || scenarios.contains(scenario);
    }

    /** The override that sets it to a value. */
    public String override(double value) {
        return path + "=" + Numbers.format(value);
    }

    /** The prior as text, e.g. "log-uniform on [1, 9]". */
    public String describePrior() {
        return prior.key() + " on [" + Numbers.format(min) + ", " + Numbers.format(max) + "]"
                + (integer ? ", whole numbers" : "");
    }
}
