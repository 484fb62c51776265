package org.constellation.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Challenge;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.EdgeSpec;

/**
 * Districts and edges for a region given as {@code region.generate} instead of a list: each country
 * is a grid of {@code rows} x {@code columns} districts, the countries side by side from west to east.
 * The capital is the grid's central district; a district {@code d} grid steps from it has
 * <ul>
 * <li>population = population / (1 + d) (thousands),</li>
 * <li>state presence = max(0.05, state_presence - remoteness x d),</li>
 * <li>need and driver per challenge = min(1, base + remoteness x d),</li>
 * </ul>
 * so that the periphery and the borderlands are needier and less governed than the capital, as in
 * <i>Fit for Purpose</i> ch. 2 (needs concentrate where the state is absent, often in border areas);
 * the linear gradient is an assumption. Districts are joined to their four grid neighbours, and each
 * country's eastern column to the next country's western column, row by row (border edges). Ids are
 * {@code <country>-<row>-<column>}, from 1. Nothing is random: the same section gives the same region.
 */
final class RegionGenerator {

    /** Largest grid side: keeps generated regions within what the model runs in reasonable time. */
    static final int MAX_SIDE = 30;

    private RegionGenerator() {
    }

    /**
     * The settings of a generated region.
     *
     * @param rows grid rows per country
     * @param columns grid columns per country
     * @param population capital's population, thousands
     * @param statePresence state presence at the capital
     * @param remoteness how much state presence falls, and need and drivers rise, per grid step from the capital
     * @param need need at the capital per challenge
     * @param driver driver level at the capital per challenge
     */
    record Settings(int rows, int columns, double population, double statePresence, double remoteness,
            Map<Challenge, Double> need, Map<Challenge, Double> driver) {
    }

    /** The districts of every country, in country order, then row and column order. */
    static List<DistrictSpec> districts(List<CountrySpec> countries, Settings s) {
        List<DistrictSpec> out = new ArrayList<>();
        int capitalRow = (s.rows() - 1) / 2;
        int capitalColumn = (s.columns() - 1) / 2;
        for (int k = 0; k < countries.size(); k++) {
            CountrySpec c = countries.get(k);
            for (int row = 0; row < s.rows(); row++) {
                for (int col = 0; col < s.columns(); col++) {
                    int d = Math.abs(row - capitalRow) + Math.abs(col - capitalColumn);
                    out.add(new DistrictSpec(id(c, row, col), c.name() + " " + (row + 1) + "-" + (col + 1), c.id(),
                            s.population() / (1 + d), Math.max(0.05, s.statePresence() - s.remoteness() * d), d == 0,
                            raised(s.need(), s.remoteness() * d), raised(s.driver(), s.remoteness() * d),
                            new double[] {k * (s.columns() + 1) + col, row}));
                }
            }
        }
        return out;
    }

    /** Grid edges within each country and border edges between neighbouring countries. */
    static List<EdgeSpec> edges(List<CountrySpec> countries, Settings s) {
        List<EdgeSpec> out = new ArrayList<>();
        for (int k = 0; k < countries.size(); k++) {
            CountrySpec c = countries.get(k);
            for (int row = 0; row < s.rows(); row++) {
                for (int col = 0; col < s.columns(); col++) {
                    if (col + 1 < s.columns()) {
                        out.add(new EdgeSpec(id(c, row, col), id(c, row, col + 1), 1));
                    }
                    if (row + 1 < s.rows()) {
                        out.add(new EdgeSpec(id(c, row, col), id(c, row + 1, col), 1));
                    }
                }
                if (k + 1 < countries.size()) {
                    out.add(new EdgeSpec(id(c, row, s.columns() - 1), id(countries.get(k + 1), row, 0), 1));
                }
            }
        }
        return out;
    }

    private static String id(CountrySpec c, int row, int col) {
        return c.id() + "-" + (row + 1) + "-" + (col + 1);
    }

    private static Map<Challenge, Double> raised(Map<Challenge, Double> base, double by) {
        Map<Challenge, Double> out = new EnumMap<>(Challenge.class);
        base.forEach((c, v) -> out.put(c, Math.min(1, v + by)));
        return out;
    }
}
