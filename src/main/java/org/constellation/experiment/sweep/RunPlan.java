package org.constellation.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.experiment.design.CategoricalFactor;
import org.constellation.experiment.design.Design;
import org.constellation.experiment.design.DesignPoint;
import org.constellation.experiment.design.ExplicitDesign;
import org.constellation.experiment.design.Factor;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.GridDesign;
import org.constellation.experiment.design.LatinHypercubeDesign;
import org.constellation.experiment.design.MorrisDesign;
import org.constellation.experiment.design.NumericFactor;
import org.constellation.experiment.design.SaltelliDesign;

/**
 * Every run of an experiment: run {@code id} is replicate {@code id % R} of design point
 * {@code id / R}, with the seed of {@link SeedPlan}. Rebuilt the same from the experiment alone, so a
 * run can be re-done from its row, a sweep resumed, and shards agree on what each run is.
 */
public final class RunPlan {

    /**
     * One run.
     *
     * @param id run id
     * @param point design point
     * @param replicate replicate number
     * @param seed its seed
     */
    public record Run(long id, int point, int replicate, long seed) {
    }

    private final ExperimentSpec spec;
    private final Design design;
    private final List<DesignPoint> points;

    public RunPlan(ExperimentSpec spec) {
        this.spec = spec;
        this.design = design(spec);
        this.points = design.points();
    }

    /** The factors of an experiment as a design's factor space. */
    static FactorSpace space(ExperimentSpec spec) {
        List<Factor> factors = new ArrayList<>();
        for (FactorSpec f : spec.factors()) {
            factors.add(f.numeric() ? new NumericFactor(f.name(), f.min(), f.max(), f.integer(), f.log())
                    : new CategoricalFactor(f.name(), f.labels()));
        }
        return FactorSpace.of(factors.toArray(Factor[]::new));
    }

    private static Design design(ExperimentSpec spec) {
        FactorSpace space = space(spec);
        long seed = SeedPlan.designSeed(spec.seed());
        return switch (spec.design()) {
            case "grid" -> new GridDesign(space, spec.setting("levels"));
            case "latin-hypercube" -> LatinHypercubeDesign.withSeed(space, spec.setting("samples"), seed);
            case "sobol" -> new SaltelliDesign(space, spec.setting("samples"), spec.setting("skip"));
            case "morris" -> MorrisDesign.withSeed(space, spec.setting("trajectories"), spec.setting("grid_levels"), seed);
            case "explicit" -> new ExplicitDesign(space, explicitPoints(spec));
            default -> throw new IllegalArgumentException("Unknown design " + spec.design());
        };
    }

    private static List<Map<String, Object>> explicitPoints(ExperimentSpec spec) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> p : spec.points()) {
            Map<String, Object> point = new LinkedHashMap<>();
            for (FactorSpec f : spec.factors()) {
                Object v = p.get(f.name());
                point.put(f.name(), f.numeric() ? v : label(f, v));
            }
            out.add(point);
        }
        return out;
    }

    private static String label(FactorSpec f, Object value) {
        int i = f.values().indexOf(value);
        if (i < 0 && value instanceof String s) {
            i = f.labels().indexOf(s);
        }
        if (i < 0) {
            throw new IllegalArgumentException("factor '" + f.name() + "' has no value " + Overrides.render(value));
        }
        return f.labels().get(i);
    }

    /** The design. */
    public Design design() {
        return design;
    }

    /** Number of design points. */
    public int points() {
        return points.size();
    }

    /** Number of runs. */
    public long runs() {
        return (long) points.size() * spec.replications();
    }

    /** The run with an id: its seed is its replicate's (common random numbers), or its own with independent seeds. */
    public Run run(long id) {
        int r = spec.replications();
        int stream = spec.independentSeeds() ? Math.toIntExact(id) : (int) (id % r);
        return new Run(id, Math.toIntExact(id / r), (int) (id % r), SeedPlan.seed(spec.seed(), stream));
    }

    /**
     * The expected cost of a run at a point, for balancing shards: its number of steps when a factor
     * sets them, else 1 (every run of the experiment has the same length).
     */
    public double expectedCost(int point) {
        for (int i = 0; i < spec.factors().size(); i++) {
            if (spec.factors().get(i).path().equals("steps") && points.get(point).get(i) instanceof Number n) {
                return Math.max(1, n.doubleValue());
            }
        }
        return 1;
    }

    /** The factor values of a point, as written in the outputs (numbers, or labels of categorical values). */
    public List<Object> labels(int point) {
        return points.get(point).values();
    }

    /** The overrides of a point's counterfactual: the point's own, then the counterfactual's. */
    public List<String> counterfactualOverrides(int point) {
        List<String> out = overrides(point);
        out.addAll(spec.counterfactual().set());
        return out;
    }

    /** The overrides of a run's counterfactual: the run's own (with its posterior particle), then the counterfactual's. */
    public List<String> counterfactualOverrides(Run run) {
        List<String> out = overrides(run);
        out.addAll(spec.counterfactual().set());
        return out;
    }

    /** The scenario overrides of a run: its point's, then those of the posterior particle drawn for its replicate. */
    public List<String> overrides(Run run) {
        List<String> out = overrides(run.point());
        if (!spec.draws().isEmpty()) {
            out.addAll(spec.draws().get(run.replicate()));
        }
        return out;
    }

    /** Whether runs of one point differ in more than their seed (replicates draw posterior particles). */
    public boolean drawsPerReplicate() {
        return !spec.draws().isEmpty();
    }

    /** The scenario overrides of a point: the experiment's own, then one per factor. */
    public List<String> overrides(int point) {
        List<String> out = new ArrayList<>(spec.set());
        DesignPoint p = points.get(point);
        for (int i = 0; i < spec.factors().size(); i++) {
            FactorSpec f = spec.factors().get(i);
            Object v = p.get(i);
            out.add(Overrides.assignment(f.path(), f.numeric() ? v : f.values().get(f.labels().indexOf((String) v))));
        }
        return out;
    }
}
