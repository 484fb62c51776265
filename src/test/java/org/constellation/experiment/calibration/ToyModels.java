package org.constellation.experiment.calibration;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Toy calibrations whose posterior is known exactly: statistics drawn from a formula, no model runs. */
final class ToyModels {

    private ToyModels() {
    }

    /** A calibration of the given parameters against metric-mean targets with these observations and scale 1. */
    static CalibrationSpec spec(List<CalibratedParameter> parameters, double[] observed, Method method) {
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < observed.length; t++) {
            targets.add(new MetricMeanTarget("y" + t, true, new Quantity("toy", "duplication", 0, -1), observed[t], 1, 1,
                    "synthetic"));
        }
        return new CalibrationSpec("toy", "toy", "", List.of(), List.of(), 7, List.of(new BaseScenario("toy", "toy",
                List.of(), 0)), parameters, targets, Distance.EUCLIDEAN, method, new Predictive(10, 1));
    }

    static Method smc(int population, int generations, String kernel, double finalTolerance) {
        return new Method(Method.SMC, 1, population, generations, 0.5, kernel, finalTolerance, 10_000_000, 0, 0, 0);
    }

    static CalibratedParameter uniform(String name, double min, double max) {
        return new CalibratedParameter(name, "parameters." + name, CalibratedParameter.Prior.UNIFORM, min, max, false,
                List.of());
    }

    /**
     * A simulator whose statistics are {@code mean(theta)} plus standard normal noise, the noise of
     * particle i of a batch drawn from a generator seeded by the batch's seed and i.
     */
    static Simulator gaussian(BiFunction<double[], Integer, Double> mean, int statistics) {
        return (batch, values, scenarios, replicates) -> {
            double[][] out = new double[values.length][statistics];
            for (int i = 0; i < values.length; i++) {
                MersenneTwisterFast rng = new MersenneTwisterFast(batch.seed() * 1_000_003L + i);
                for (int t = 0; t < statistics; t++) {
                    out[i][t] = mean.apply(values[i], t) + rng.nextGaussian();
                }
            }
            return out;
        };
    }
}
