package org.constellation.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How far a simulated 3W cube is from an observed one on the same grid. Five distances, each from 0
 * (identical) to 1: the total variation distance between the distributions of organisations per cell
 * (0, 1, 2, 3+); the absolute differences of coverage and of the duplication share; (1 - rho) / 2 for
 * the Spearman rank correlation rho of organisations per region; and the mean total variation distance
 * between the profiles' activity mixes, weighted by their entries (a profile on one side only counts 1).
 * The overall distance is their mean.
 *
 * @param observed the observed statistics
 * @param simulated the simulated statistics
 * @param spearman the rank correlation of organisations per region (NaN if either side is constant)
 * @param distances each component's distance, by name, in order
 * @param distance the overall distance, the mean of the components
 */
public record ThreeWComparison(ThreeWStatistics observed, ThreeWStatistics simulated, double spearman,
        Map<String, Double> distances, double distance) {

    /** The names of the component distances. */
    public static final List<String> COMPONENTS = List.of("cells", "coverage", "duplication", "regions", "mix");

    public ThreeWComparison {
        distances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(distances));
    }

    /** Compares two cubes on the same grid. */
    public static ThreeWComparison of(ThreeWCube observed, ThreeWCube simulated) {
        if (!observed.regions().equals(simulated.regions()) || !observed.categories().equals(simulated.categories())) {
            throw new IllegalArgumentException("the cubes are not on the same grid");
        }
        ThreeWStatistics o = ThreeWStatistics.of(observed);
        ThreeWStatistics s = ThreeWStatistics.of(simulated);
        double rho = spearman(o.perRegion(), s.perRegion());
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("cells", totalVariation(o.cellShares(), s.cellShares()));
        d.put("coverage", Math.abs(o.coverage() - s.coverage()));
        d.put("duplication", Double.isNaN(o.duplication()) || Double.isNaN(s.duplication())
                ? (Double.isNaN(o.duplication()) == Double.isNaN(s.duplication()) ? 0 : 1)
                : Math.abs(o.duplication() - s.duplication()));
        d.put("regions", Double.isNaN(rho) ? 1 : (1 - rho) / 2);
        d.put("mix", mixDistance(o, s));
        double mean = d.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new ThreeWComparison(o, s, rho, d, mean);
    }

    static double spearman(double[] a, double[] b) {
        if (a.length < 2 || constant(a) || constant(b)) {
            return Double.NaN;
        }
        return new SpearmansCorrelation().correlation(a, b);
    }

    private static boolean constant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }

    static double totalVariation(double[] p, double[] q) {
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += Math.abs(p[i] - q[i]);
        }
        return sum / 2;
    }

    private static double mixDistance(ThreeWStatistics o, ThreeWStatistics s) {
        TreeSet<String> profiles = new TreeSet<>(o.mix().keySet());
        profiles.addAll(s.mix().keySet());
        double weighted = 0;
        double weights = 0;
        for (String p : profiles) {
            double w = o.entries().getOrDefault(p, 0) + s.entries().getOrDefault(p, 0);
            double[] a = o.mix().get(p);
            double[] b = s.mix().get(p);
            double tv = a == null || b == null || o.entries().getOrDefault(p, 0) == 0
                    || s.entries().getOrDefault(p, 0) == 0 ? 1 : totalVariation(a, b);
            weighted += w * tv;
            weights += w;
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    /** The profiles on either side, sorted. */
    public List<String> profiles() {
        TreeSet<String> all = new TreeSet<>(observed.mix().keySet());
        all.addAll(simulated.mix().keySet());
        return new ArrayList<>(all);
    }
}
