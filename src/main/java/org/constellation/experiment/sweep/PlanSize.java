package org.constellation.experiment.sweep;

import java.util.Locale;
import java.util.Optional;
import org.constellation.experiment.design.DesignSize;
import org.constellation.experiment.design.ExplicitDesign;
import org.constellation.experiment.design.FactorSpace;
import org.constellation.experiment.design.GridDesign;
import org.constellation.experiment.design.LatinHypercubeDesign;
import org.constellation.experiment.design.MorrisDesign;
import org.constellation.experiment.design.SaltelliDesign;
import org.constellation.metrics.Metrics;

/**
 * The size of an experiment, computed from its file before its design is built: design points, runs,
 * and the memory that the design, the sweep's bookkeeping and the analysis of its results will hold.
 * An experiment of more than {@link #MAX_RUNS} runs, or one whose memory would exceed half of what
 * this Java may use, is refused with these numbers (see docs/EXPERIMENTS.md and docs/RELIABILITY.md).
 *
 * @param design the design's size
 * @param replications runs per point
 * @param runs runs in all
 * @param bytes memory needed, roughly
 */
public record PlanSize(DesignSize design, int replications, long runs, long bytes) {

    /** Most runs an experiment may have. */
    public static final long MAX_RUNS = 10_000_000;

    /** The size of an experiment's plan. */
    public static PlanSize of(ExperimentSpec spec) {
        FactorSpace space = RunPlan.space(spec);
        DesignSize design = switch (spec.design()) {
            case "grid" -> GridDesign.size(space, spec.setting("levels"));
            case "latin-hypercube" -> LatinHypercubeDesign.size(space, spec.setting("samples"));
            case "sobol" -> SaltelliDesign.size(space, spec.setting("samples"));
            case "morris" -> MorrisDesign.size(space, spec.setting("trajectories"));
            default -> ExplicitDesign.size(space, spec.points().size());
        };
        long runs = DesignSize.times(design.points(), spec.replications());
        int outputs = 2 * Metrics.names().size();
        long analysis = DesignSize.times(design.points(), 8L * outputs + 64 + 16L * space.size());
        boolean paired = spec.design().equals("grid") || spec.design().equals("explicit");
        long perRun = 8 + (paired ? 24 + 8L * outputs : 0);
        long bytes = saturatingSum(design.bytes(), analysis, DesignSize.times(runs, perRun));
        return new PlanSize(design, spec.replications(), runs, bytes);
    }

    private static long saturatingSum(long... parts) {
        long sum = 0;
        for (long p : parts) {
            sum = Long.MAX_VALUE - sum < p ? Long.MAX_VALUE : sum + p;
        }
        return sum;
    }

    /** What is wrong with this size on a Java that may use {@code maxMemory} bytes, if anything. */
    public Optional<String> problem(long maxMemory) {
        String what = DesignSize.count(design.points()) + " design points (" + design.shape() + ") x "
                + replications + (replications == 1 ? " replication" : " replications") + " = "
                + DesignSize.count(runs) + " runs";
        if (runs > MAX_RUNS) {
            return Optional.of(what + ", more than the " + DesignSize.count(MAX_RUNS) + " an experiment may have; use "
                    + "fewer levels, samples, trajectories, factors or replications");
        }
        if (bytes > maxMemory / 2) {
            return Optional.of(what + " need about " + size(bytes) + " of memory for the design and its analysis, "
                    + "more than half of the " + size(maxMemory) + " this Java may use; give it more memory (e.g. "
                    + "JAVA_OPTS=-Xmx" + Math.max(1, (2 * bytes >> 30) + 1) + "g) or use fewer samples");
        }
        return Optional.empty();
    }

    /** Bytes as MiB or GiB. */
    static String size(long bytes) {
        double mib = bytes / (double) (1 << 20);
        return mib < 1024 ? String.format(Locale.ROOT, "%.0f MiB", Math.max(1, mib))
                : String.format(Locale.ROOT, "%.1f GiB", mib / 1024);
    }
}
