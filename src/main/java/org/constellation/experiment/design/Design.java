package org.constellation.experiment.design;

import java.util.List;

/**
 * An experimental design: an ordered, immutable list of {@link DesignPoint}s over a
 * {@link FactorSpace}, so that a sweep runner can iterate any design the same way. Point
 * {@code i} of {@link #points()} has {@link DesignPoint#index()} {@code i}. Implementations are
 * reproducible: the same specification (and seed, for randomised designs) gives equal points.
 *
 * <p>Terminology follows Santner, Williams &amp; Notz (2003), <i>The Design and Analysis of
 * Computer Experiments</i>, ch. 5.
 */
public interface Design {

    /** @return the factor space the points belong to */
    FactorSpace space();

    /** @return the points in run order, unmodifiable */
    List<DesignPoint> points();

    /** @return the number of points */
    default int size() {
        return points().size();
    }
}
