package org.constellation.experiment.sweep;

import org.constellation.metrics.Metrics;
import org.constellation.scenario.schema.ObjectSchema;
import org.constellation.scenario.schema.Schema;
import org.constellation.scenario.schema.Schemas;

/** The schema of an experiment file (scenarios/experiments/*.yaml). */
public final class ExperimentSchema {

    /** Design types. */
    public static final String[] DESIGNS = {"grid", "latin-hypercube", "sobol", "morris", "explicit"};

    /** Seed plans. */
    public static final String[] SEEDS = {"common", "independent"};

    private static final Schema SCHEMA = build();

    private ExperimentSchema() {
    }

    /** The schema of a whole experiment file. */
    public static Schema schema() {
        return SCHEMA;
    }

    private static Schema build() {
        return Schemas.object("an experiment")
                .required("name", Schemas.string().pattern("[a-z0-9][a-z0-9-]*", "an id such as 'mechanisms-sahel'"),
                        "Short name, used for the output folder")
                .optional("title", Schemas.string(), "One-line title")
                .optional("description", Schemas.string(), "What the experiment asks")
                .optional("claim", Schemas.string(), "The directional claim it tests, with its source")
                .optional("finding", Schemas.string(), "What the result shows (written after running it)")
                .optional("sources", Schemas.list(Schemas.string()), "Reports and sections it draws on")
                .required("scenario", Schemas.string(), "The base scenario: a path relative to this file, or a name "
                        + "from scenarios/")
                .optional("set", Schemas.list(Schemas.string()), "Overrides of the base scenario (key.path=value)")
                .optional("factors", Schemas.list(factor()), "What varies")
                .required("design", design(), "How the factors are sampled")
                .optional("replications", Schemas.integer().between(1, 100_000), 1L, "Runs per design point")
                .optional("seed", Schemas.integer().between(0, 0xFFFF_FFFFL), 1L, "Base seed")
                .optional("seeds", Schemas.oneOf(SEEDS), "common", "common: replicate r of every point runs with the "
                        + "same seed (common random numbers); independent: every run has a seed of its own")
                .optional("posterior", Schemas.string(), "A calibration's posterior.csv (a path relative to this "
                        + "file): replicate r of every point runs with the r-th of 'replications' particles drawn from "
                        + "it by weight, so runs vary the calibrated parameters as well as the seed")
                .optional("steps", Schemas.integer().between(1, 1_000_000), "Steps per run (default: the scenario's)")
                .optional("metrics", Schemas.list(Schemas.oneOf(Metrics.names().toArray(String[]::new))),
                        "Metrics to keep in the per-step time series and charts (default: all)")
                .optional("timeseries", Schemas.bool(), false, "Whether to write timeseries.csv.gz")
                .optional("statistics", Schemas.list(Schemas.string()), "Run statistics kept per run as columns "
                        + "stat_NAME of runs.csv; they are computed by the command that runs the sweep (calibrate "
                        + "supplies those of its compare-3w targets), not by sweep")
                .optional("counterfactual", counterfactual(), "Run every run again, same seed, with these overrides on "
                        + "top; counterfactual.csv gives the paired difference (what the overridden thing caused)");
    }

    private static ObjectSchema counterfactual() {
        return Schemas.object("a counterfactual")
                .required("name", Schemas.string().pattern("[a-z0-9][a-z0-9-]*", "an id such as 'no-enforcement'"),
                        "Short name, written in the outputs")
                .optional("description", Schemas.string(), "What it switches off")
                .required("set", Schemas.list(Schemas.string()).minItems(1), "Overrides applied after each design "
                        + "point's own (key.path=value), e.g. actors[4].mandate.exclude_flags=[enforcement]");
    }

    private static ObjectSchema factor() {
        return Schemas.object("a factor")
                .required("name", Schemas.string().pattern("[a-z][a-z0-9_]*", "a column name such as 'saturation'"),
                        "Column name in the outputs")
                .required("path", Schemas.string(), "The scenario key it sets, e.g. parameters.effects.saturation or "
                        + "coordination.mechanisms")
                .optional("values", Schemas.list(Schemas.any()).minItems(1), "Categorical: the values it takes "
                        + "(any scenario value, e.g. a list of mechanisms)")
                .optional("labels", Schemas.list(Schemas.string()), "Categorical: a label per value for the outputs")
                .optional("min", Schemas.number(), "Numeric: lowest value")
                .optional("max", Schemas.number(), "Numeric: highest value")
                .optional("integer", Schemas.bool(), false, "Numeric: whole numbers only")
                .optional("log", Schemas.bool(), false, "Numeric: sample on a log scale");
    }

    private static ObjectSchema design() {
        return Schemas.object("a design")
                .required("type", Schemas.oneOf(DESIGNS), "grid (full factorial), latin-hypercube, sobol (Saltelli "
                        + "sampling), morris (elementary effects) or explicit")
                .optional("levels", Schemas.integer().between(2, 1000), 3L, "grid: levels of each numeric factor")
                .optional("samples", Schemas.integer().between(1, 10_000_000), 16L,
                        "latin-hypercube: points; sobol: base samples N (N x (k + 2) points)")
                .optional("skip", Schemas.integer().between(0, 10_000_000), 0L, "sobol: Sobol-sequence points skipped")
                .optional("trajectories", Schemas.integer().between(1, 100_000), 10L, "morris: trajectories r")
                .optional("grid_levels", Schemas.integer().between(2, 100), 4L, "morris: grid levels p (even)")
                .optional("points", Schemas.list(Schemas.map(Schemas.any())), "explicit: the points, each a section "
                        + "of factor name: value");
    }
}
