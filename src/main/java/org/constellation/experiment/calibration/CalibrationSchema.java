package org.constellation.experiment.calibration;

import org.constellation.metrics.Metrics;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schema;
import org.constellation.scenario.schema.Schemas;

/** The schema of a calibration file (scenarios/calibrations/*.yaml); docs/calibration.schema.json is made from it. */
public final class CalibrationSchema {

    private static final String ID = "[a-z][a-z0-9-]*";
    private static final Schema SCHEMA = build();

    private CalibrationSchema() {
    }

    /** The schema of a whole calibration file. */
    public static Schema schema() {
        return SCHEMA;
    }

    private static Schema build() {
        return Schemas.object("a calibration")
                .required("name", Schemas.string().pattern("[a-z0-9][a-z0-9-]*", "an id such as 'sahel-patterns'"),
                        "Short name, used for the output folder")
                .optional("title", Schemas.string(), "One-line title")
                .optional("description", Schemas.string(), "What it calibrates, on which patterns, and why")
                .optional("sources", Schemas.list(Schemas.string()), "Reports and sections the patterns come from")
                .optional("data", Schemas.list(Schemas.string()), "Real data the observed values come from: the file "
                        + "under data/ and its citation")
                .optional("seed", Schemas.integer().between(0, 0xFFFF_FFFFL), 1L, "Base seed")
                .required("scenarios", Schemas.list(scenario()).minItems(1), "The base scenarios every particle runs on")
                .required("parameters", Schemas.list(parameter()).minItems(1), "The parameters calibrated, with priors")
                .required("targets", Schemas.list(target()).minItems(1), "The patterns to reproduce")
                .optional("distance", Schemas.oneOf("euclidean", "chebyshev"), "euclidean", "How the scaled "
                        + "discrepancies combine: euclidean (weighted root sum of squares) or chebyshev (weighted "
                        + "maximum)")
                .required("method", method(), "How particles are sampled")
                .optional("predictive", predictive(), "The posterior predictive check");
    }

    private static ObjectSchema scenario() {
        return Schemas.object("a base scenario")
                .required("name", Schemas.string().pattern(ID, "a name such as 'current'"), "Its name in targets")
                .required("scenario", Schemas.string(), "A scenario: a path relative to this file, or a name from "
                        + "scenarios/")
                .optional("set", Schemas.list(Schemas.string()), "Overrides of the scenario (key.path=value)")
                .optional("steps", Schemas.integer().between(1, 1_000_000), "Steps per run (default: the scenario's)");
    }

    private static ObjectSchema parameter() {
        return Schemas.object("a calibrated parameter")
                .required("name", Schemas.string().pattern("[a-z][a-z0-9_]*", "a column name such as 'saturation'"),
                        "Column name in the outputs")
                .required("path", Schemas.string(), "The scenario key it sets, e.g. parameters.effects.saturation")
                .optional("prior", Schemas.oneOf("uniform", "log-uniform"), "uniform", "Prior on [min, max]")
                .required("min", Schemas.number(), "Lowest value")
                .required("max", Schemas.number(), "Highest value")
                .optional("integer", Schemas.bool(), false, "Whole numbers only (uniform prior)")
                .optional("scenarios", Schemas.list(Schemas.string()), "The base scenarios it applies to (default: "
                        + "all)");
    }

    private static ObjectSchema quantity(String what) {
        return Schemas.object(what)
                .required("scenario", Schemas.string(), "A base scenario's name")
                .required("metric", Schemas.oneOf(Metrics.names().toArray(String[]::new)), "A metric (docs/metrics.md)")
                .optional("window", window(), "Steps to average over (default: the whole run)");
    }

    private static ObjectSchema window() {
        return Schemas.object("a window of steps")
                .optional("from", Schemas.integer().between(0, 1_000_000), 0L, "First step (0 is the first)")
                .optional("to", Schemas.integer().between(0, 1_000_000), "Last step, inclusive (default: the last)");
    }

    private static ObjectSchema target() {
        return Schemas.object("a target")
                .required("name", Schemas.string().pattern("[a-z][a-z0-9_-]*", "a name such as 'duplication'"),
                        "Its name in the outputs")
                .required("kind", Schemas.oneOf(TargetKind.keys()), "metric-mean (a metric's mean over a window "
                        + "against an observed value), ordering (one quantity above another: a qualitative pattern) or "
                        + "compare-3w (a statistic of the run's own 3W against an observed 3W table)")
                .optional("role", Schemas.oneOf("fit", "validation"), "fit", "fit (enters the distance) or validation "
                        + "(only predicted, from the prior and the posterior: an out-of-sample check)")
                .optional("scenario", Schemas.string(), "metric-mean, compare-3w: the base scenario")
                .optional("metric", Schemas.oneOf(Metrics.names().toArray(String[]::new)), "metric-mean: the metric")
                .optional("window", window(), "metric-mean: steps to average over (default: the whole run); compare-3w: the steps whose 3W rows "
                        + "count (default: the last step, as compare-3w)")
                .optional("observed", Schemas.number(), "metric-mean, compare-3w: the observed value (compare-3w "
                        + "prints it in its observed column)")
                .optional("higher", quantity("a quantity"), "ordering: the quantity that should be higher")
                .optional("lower", quantity("a quantity"), "ordering: the quantity that should be lower")
                .optional("margin", Schemas.number(), "ordering: how much higher it must be (default 0)")
                .optional("table", Schemas.string(), "compare-3w: the observed 3W table (a path relative to this file)")
                .optional("statistic", Schemas.string(), "compare-3w: the statistic of the 3W comparison: "
                        + String.join(", ", ThreeWTarget.STATISTICS))
                .optional("country", Schemas.string(), "compare-3w: the rows of the table for this country only")
                .required("scale", Schemas.number(), "The difference (metric-mean) or shortfall (ordering) that counts "
                        + "as one unit of discrepancy, e.g. the seed-to-seed standard deviation of the statistic")
                .optional("weight", Schemas.number().min(0), 1.0, "Weight in the distance")
                .optional("source", Schemas.string(), "Where the observed value or pattern comes from");
    }

    private static ObjectSchema method() {
        return Schemas.object("a method")
                .required("type", Schemas.oneOf(Method.SMC, Method.REJECTION), "abc-smc (sequential Monte Carlo) or "
                        + "rejection (on a Latin hypercube, the baseline)")
                .optional("replicates", Schemas.integer().between(1, 1000), 1L, "Runs of every base scenario per "
                        + "particle")
                .optional("population", Schemas.integer().between(2, 100_000), "abc-smc: particles per generation "
                        + "(default 200)")
                .optional("generations", Schemas.integer().between(1, 100), "abc-smc: most generations, the first "
                        + "from the prior (default 5)")
                .optional("quantile", Schemas.number().between(0, 1), "abc-smc: each tolerance is this weighted "
                        + "quantile of the last distances (default 0.5)")
                .optional("kernel", Schemas.oneOf("multivariate", "componentwise"), "abc-smc: Gaussian perturbation "
                        + "with twice the weighted covariance (multivariate) or twice each weighted variance "
                        + "(componentwise); default multivariate")
                .optional("final_tolerance", Schemas.number().min(0), "abc-smc: stop once the tolerance reaches "
                        + "it (default 0: run every generation)")
                .optional("max_simulations", Schemas.integer().between(1, 100_000_000), "abc-smc: most particles "
                        + "proposed in all (default 50 x population)")
                .optional("min_acceptance", Schemas.number().between(0, 1), "abc-smc: stop after a generation that "
                        + "accepts a smaller share of its proposals (default 0.01)")
                .optional("samples", Schemas.integer().between(2, 1_000_000), "rejection: points of the Latin "
                        + "hypercube (default 1000)")
                .optional("accept", Schemas.number().between(0, 1), "rejection: share of the points kept, the "
                        + "closest (default 0.1)");
    }

    private static ObjectSchema predictive() {
        return Schemas.object("a predictive check")
                .optional("draws", Schemas.integer().between(1, Evaluator.MAX_BATCH), 100L, "Particles drawn from "
                        + "the posterior and run again (at most one batch, " + Evaluator.MAX_BATCH + ")")
                .optional("replicates", Schemas.integer().between(1, 1000), "Runs of every base scenario per draw "
                        + "(default: the method's replicates)");
    }
}
