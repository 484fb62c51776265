package org.constellation.experiment.design;

/**
 * A {@link Design} generated as a sample of the unit hypercube {@code [0,1]^k} (one dimension per
 * factor, in {@link FactorSpace} order) and then mapped to factor values. The unit sample is exposed
 * for diagnostics, plotting and meta-modelling (Santner, Williams &amp; Notz 2003, ch. 5).
 */
public interface UnitHypercubeDesign extends Design {

    /**
     * @return a copy of the unit sample, one row per point in {@link #points()} order and one column
     *         per factor
     */
    double[][] unitSample();
}
