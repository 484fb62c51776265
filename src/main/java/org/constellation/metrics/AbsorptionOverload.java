package org.constellation.metrics;

import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.world.Country;
import org.constellation.model.world.InstitutionState;

/**
 * Absorption overload: the share of this step's capacity-building effort delivered to host
 * institutions beyond what they could absorb (<i>Fit for Purpose</i> ch. 4, "International
 * coordination": Somali security forces overburdened by training efforts).
 */
public final class AbsorptionOverload implements Metric {

    public static final String NAME = "absorption_overload";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Share of indirect effort delivered to host institutions beyond their absorption capacity (0-1)";
    }

    @Override
    public String cannot() {
        return "Whether what was absorbed was useful or coherent (doctrine_incoherence), or the overload of one "
                + "institution when others have room: it pools all institutions of all countries";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Absorption overload", "share", 0, 1, "host-institutions");
    }

    @Override
    public double measure(Constellation m) {
        double delivered = 0;
        double absorbed = 0;
        for (Country c : m.region().countries()) {
            for (Institution i : Institution.all()) {
                InstitutionState s = c.institution(i);
                delivered += s.delivered();
                absorbed += s.absorbed();
            }
        }
        return delivered <= 0 ? 0 : (delivered - absorbed) / delivered;
    }
}
