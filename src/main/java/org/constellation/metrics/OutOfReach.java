package org.constellation.metrics;

import org.constellation.model.Constellation;

/**
 * Out of reach: of the reference need of the cells in need at the reference (see {@link Coverage}), the
 * share in cells no active actor with capacity is present in and mandated for this step. What the
 * scenario (presence, mandates, deployments) leaves out, not what coordination does; 0 when no cell is in
 * need.
 */
public final class OutOfReach implements Metric {

    public static final String NAME = "out_of_reach";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of the reference need in cells no active actor is present in and mandated for (0-1)";
    }

    @Override
    public String cannot() {
        return "Whether the actors in reach can get in (consent, security) or choose to work there: that is "
                + "coverage; nor need that arose after the reference through the model's dynamics";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Need out of reach", "share", 0, 1, "coverage");
    }

    @Override
    public double measure(Constellation m) {
        double[] totals = NeedCells.of(m).referenceTotals(true);
        double all = totals[0] + totals[2];
        return all <= 0 ? 0 : totals[2] / all;
    }
}
