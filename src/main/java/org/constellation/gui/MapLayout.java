package org.constellation.gui;

import java.util.List;
import org.constellation.model.world.District;
import sim.util.Double2D;

/**
 * Where things go on the GUI's field: the districts' map positions (longitude and latitude, or any
 * x and y) fitted into the left part of a fixed-size field, north up, with a strip on the right for
 * the legend; district sizes from population, scaled to the spacing of the map.
 */
final class MapLayout {

    /** Width of the whole field, map and legend. */
    static final double WIDTH = 132;
    /** Height of the field. */
    static final double HEIGHT = 75;
    /** Where the legend strip begins. */
    static final double MAP_WIDTH = 100;

    private static final double MARGIN = 9;

    private final double scale;
    private final double midX;
    private final double midY;
    private final double maxRadius;
    private final double maxPopulation;

    MapLayout(List<District> districts) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double pop = 0;
        for (District d : districts) {
            minX = Math.min(minX, d.x());
            maxX = Math.max(maxX, d.x());
            minY = Math.min(minY, d.y());
            maxY = Math.max(maxY, d.y());
            pop = Math.max(pop, d.population());
        }
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        scale = Math.min((MAP_WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        midX = (minX + maxX) / 2;
        midY = (minY + maxY) / 2;
        maxPopulation = pop;
        double nearest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < districts.size(); i++) {
            for (int j = i + 1; j < districts.size(); j++) {
                nearest = Math.min(nearest, position(districts.get(i)).distance(position(districts.get(j))));
            }
        }
        maxRadius = Math.max(1.5, Math.min(5.5, 0.36 * nearest));
    }

    /** A district's place on the field. */
    Double2D position(District d) {
        return new Double2D(MAP_WIDTH / 2 + (d.x() - midX) * scale, HEIGHT / 2 - (d.y() - midY) * scale);
    }

    /** A district's radius on the field, from its population. */
    double radius(District d) {
        double share = maxPopulation <= 0 ? 1 : Math.sqrt(d.population() / maxPopulation);
        return maxRadius * (0.55 + 0.45 * share);
    }

    /** The radius of the most populous district. */
    double maxRadius() {
        return maxRadius;
    }

    /** Height of a district's name, in field units: smaller on crowded maps. */
    double labelSize() {
        return Math.max(1.0, Math.min(1.5, maxRadius * 0.4));
    }

    /** Size of an actor marker. */
    double markerSize() {
        return Math.max(1.1, Math.min(1.9, maxRadius * 0.42));
    }

    /** Where the k-th of n markers sits on the ring around a district. */
    Double2D ring(District d, int k, int n) {
        double angle = -Math.PI / 2 + 2 * Math.PI * k / Math.max(1, n);
        double r = radius(d) + markerSize() * 0.85;
        Double2D c = position(d);
        return new Double2D(c.x + r * Math.cos(angle), c.y + r * Math.sin(angle));
    }
}
