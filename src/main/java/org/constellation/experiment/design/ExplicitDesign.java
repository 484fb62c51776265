package org.constellation.experiment.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A design given point by point by the user, already in factor values (e.g. scenarios taken from a
 * case study, or the "explicit value sets" of NetLogo BehaviorSpace). Each point must give exactly
 * one value per factor; values are validated and converted by {@link Factor#canonicalize(Object)}
 * (numbers inside [min, max], integral for integer factors; declared levels for categorical ones).
 * Point order is the list order.
 */
public final class ExplicitDesign implements Design {

    private final FactorSpace space;
    private final List<DesignPoint> points;

    /**
     * @param space  the factors
     * @param points one name-to-value map per point, each with exactly the space's factor names
     * @throws IllegalArgumentException on a missing, unknown or invalid value
     */
    public ExplicitDesign(FactorSpace space, List<? extends Map<String, ?>> points) {
        this.space = space;
        List<DesignPoint> pts = new ArrayList<>(points.size());
        for (Map<String, ?> given : points) {
            int index = pts.size();
            if (given.size() != space.size() || !given.keySet().containsAll(space.names())) {
                throw new IllegalArgumentException("point " + index + " must give exactly the factors "
                        + space.names() + ", got " + given.keySet());
            }
            Object[] values = new Object[space.size()];
            for (int d = 0; d < space.size(); d++) {
                Factor f = space.factor(d);
                try {
                    values[d] = f.canonicalize(given.get(f.name()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("point " + index + ": " + e.getMessage(), e);
                }
            }
            pts.add(new DesignPoint(index, space, values));
        }
        this.points = List.copyOf(pts);
    }

    /** The size of an explicit design of {@code points} points, without building it. */
    public static DesignSize size(FactorSpace space, int points) {
        return new DesignSize(points, DesignSize.count(points) + " points",
                DesignSize.times(points, DesignSize.pointBytes(space.size())));
    }

    @Override
    public FactorSpace space() {
        return space;
    }

    @Override
    public List<DesignPoint> points() {
        return points;
    }
}
