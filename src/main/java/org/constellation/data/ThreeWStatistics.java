package org.constellation.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary statistics of a 3W cube that the observed-versus-simulated comparison uses (and that a
 * calibration can use as ABC summary statistics): the share of region x category cells with 0, 1, 2
 * and 3 or more organisations; coverage (the share with at least one); the duplication share (cells
 * with two or more among the covered ones); the number of organisations per region; and each
 * profile's activity mix (the share of its organisation x region x category entries per category).
 *
 * @param cellShares shares of cells with 0, 1, 2 and 3+ organisations (they add up to 1)
 * @param coverage share of cells with at least one organisation
 * @param duplication share of covered cells with two or more (NaN if no cell is covered)
 * @param perRegion organisations per region, in grid order
 * @param mix per profile, the share of its entries per category (grid order)
 * @param entries per profile, its number of organisation x region x category entries
 */
public record ThreeWStatistics(double[] cellShares, double coverage, double duplication, double[] perRegion,
        Map<String, double[]> mix, Map<String, Integer> entries) {

    /** The labels of {@link #cellShares()}. */
    public static final List<String> CELL_CLASSES = List.of("0", "1", "2", "3+");

    public ThreeWStatistics {
        cellShares = cellShares.clone();
        perRegion = perRegion.clone();
        mix = Map.copyOf(mix);
        entries = Map.copyOf(entries);
    }

    /** The statistics of a cube. */
    public static ThreeWStatistics of(ThreeWCube cube) {
        double[] counts = new double[4];
        int cells = 0;
        Map<String, double[]> mix = new LinkedHashMap<>();
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (String p : cube.profiles()) {
            mix.put(p, new double[cube.categories().size()]);
            entries.put(p, 0);
        }
        for (String r : cube.regions()) {
            for (int c = 0; c < cube.categories().size(); c++) {
                var orgs = cube.organisations(r, cube.categories().get(c));
                counts[Math.min(3, orgs.size())]++;
                cells++;
                for (String o : orgs) {
                    String p = cube.profile(o);
                    mix.get(p)[c]++;
                    entries.merge(p, 1, Integer::sum);
                }
            }
        }
        double[] shares = new double[4];
        for (int k = 0; k < 4; k++) {
            shares[k] = cells == 0 ? 0 : counts[k] / cells;
        }
        double covered = counts[1] + counts[2] + counts[3];
        mix.forEach((p, m) -> {
            for (int c = 0; c < m.length; c++) {
                m[c] /= Math.max(1, entries.get(p));
            }
        });
        double[] perRegion = cube.regions().stream().mapToDouble(r -> cube.organisations(r).size()).toArray();
        return new ThreeWStatistics(shares, cells == 0 ? 0 : covered / cells,
                covered == 0 ? Double.NaN : (counts[2] + counts[3]) / covered, perRegion, mix, entries);
    }

    /** The shares of cells with 0, 1, 2 and 3+ organisations (a copy). */
    @Override
    public double[] cellShares() {
        return cellShares.clone();
    }

    /** Organisations per region (a copy). */
    @Override
    public double[] perRegion() {
        return perRegion.clone();
    }
}
