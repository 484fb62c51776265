package org.constellation.experiment.sweep;

/**
 * Seeds of an experiment's runs. A run's seed depends on the base seed and its replicate only, not on
 * its design point, so that replicate r of every point sees the same random numbers wherever the
 * model's choices coincide (common random numbers), which sharpens comparisons between points. The
 * mixing is SplitMix64 (Steele, Lea and Flood, 2014), truncated to the 32 bits MASON uses.
 */
public final class SeedPlan {

    private SeedPlan() {
    }

    /** The seed of replicate {@code replicate} under base seed {@code base}. */
    public static long seed(long base, int replicate) {
        long z = base * 0x9E3779B97F4A7C15L + (replicate + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & 0xFFFF_FFFFL;
    }

    /** The seed the design's own sampling (Latin hypercube, Morris) uses. */
    public static long designSeed(long base) {
        return seed(base ^ 0x5DEECE66DL, 1_000_003);
    }
}
