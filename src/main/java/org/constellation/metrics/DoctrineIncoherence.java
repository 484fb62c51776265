package org.constellation.metrics;

import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.world.Country;
import org.constellation.model.world.InstitutionState;

/**
 * Doctrine incoherence: the imprint-weighted mean, over host institutions that have been trained,
 * of the Gini-Simpson diversity of the doctrines they were trained in: 0 when each institution
 * follows one doctrine, towards 1 when many incompatible doctrines share it (<i>Fit for Purpose</i>
 * ch. 4: Somali security forces under different doctrines and incompatible training).
 */
public final class DoctrineIncoherence implements Metric {

    public static final String NAME = "doctrine_incoherence";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Imprint-weighted mean doctrine diversity of trained host institutions (0-1)";
    }

    @Override
    public String cannot() {
        return "Whether the doctrines actually conflict (any two different doctrines count as incompatible), or "
                + "what the trained institution does with them";
    }

    @Override
    public MetricInfo info() {
        return new MetricInfo(NAME, "Doctrine incoherence", "index", 0, 1, "host-institutions");
    }

    @Override
    public double measure(Constellation m) {
        double weighted = 0;
        double weights = 0;
        for (Country c : m.region().countries()) {
            for (Institution i : Institution.all()) {
                InstitutionState s = c.institution(i);
                double imprint = s.totalImprint();
                weighted += imprint * s.incoherence();
                weights += imprint;
            }
        }
        return weights <= 1e-9 ? 0 : weighted / weights;
    }
}
