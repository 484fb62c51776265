package org.constellation.model.agents;

import java.util.List;
import org.constellation.model.Constellation;
import org.constellation.model.world.District;

/**
 * The population's trust in the international partners (missions, agencies, donors) present: in each district
 * the mean trust in the active ones there, weighted by population over the districts that have any. The
 * {@code trust} metric reads it over the region, a host government over its country (ODD 7.9).
 */
public final class PartnerTrust {

    private PartnerTrust() {
    }

    /** The population-weighted mean trust over these districts; NaN if no international partner is in any. */
    public static double in(List<District> districts, Constellation m) {
        double[] sum = new double[m.region().size()];
        int[] n = new int[sum.length];
        for (Actor a : m.actors()) {
            if (a.isActive() && a.type().isInternational()) {
                for (District d : a.presence()) {
                    sum[d.index()] += m.population(d.index()).trust(a.index());
                    n[d.index()]++;
                }
            }
        }
        double weighted = 0;
        double population = 0;
        for (District d : districts) {
            if (n[d.index()] > 0) {
                weighted += d.population() * sum[d.index()] / n[d.index()];
                population += d.population();
            }
        }
        return population > 0 ? weighted / population : Double.NaN;
    }
}
