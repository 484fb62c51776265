package org.constellation.experiment.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One generated constellation of a scaling series: the series it belongs to, the value of the
 * series' variable, and the constellation.
 *
 * @param series the series' name: what grows (actors, presence, districts, groups) or continent
 * @param x the value of what grows
 * @param scenario the constellation
 */
public record ScalingPoint(String series, int x, GeneratedConstellation scenario) {

    /** Countries of every generated constellation. */
    public static final int COUNTRIES = 5;
    /** Steps per run of every generated constellation. */
    public static final int STEPS = 60;
    /** The continental region shipped as {@code scenarios/continent.yaml}. */
    public static final GeneratedConstellation CONTINENT = new GeneratedConstellation(COUNTRIES, 16, 160, 25, 5, STEPS);
    /** The series of the ratio issue 13 sets a target for: 40 -> 160 actors (4x the presences). */
    public static final String RATIO_SERIES = "actors";
    /** The smaller point of that ratio. */
    public static final int RATIO_FROM = 40;
    /** The larger point of that ratio. */
    public static final int RATIO_TO = 160;
    /** The name of {@code scenarios/continent.yaml}. */
    public static final String CONTINENT_NAME = "continent";
    /** The title of {@code scenarios/continent.yaml}. */
    public static final String CONTINENT_TITLE = "A continent: 160 organisations in 1,280 districts of five countries";

    /**
     * The standard series. Each varies one thing from a base of 40 actors, 5 countries of 4 x 4
     * districts, 6 districts per actor and 5 groups: actors 10-160 (so the sum of presences grows
     * with them); districts each actor works in, 3-48, on 5 countries of 8 x 8; districts 80-1,280
     * (grids of 4 x 4 to 16 x 16); groups 1-64. Last, the continent: 160 actors in 25 districts each
     * on 1,280 districts.
     */
    public static List<ScalingPoint> standard() {
        List<ScalingPoint> points = new ArrayList<>();
        for (int actors : new int[] {10, 20, 40, 80, 160}) {
            points.add(new ScalingPoint("actors", actors, new GeneratedConstellation(COUNTRIES, 4, actors, 6, 5, STEPS)));
        }
        for (int presence : new int[] {3, 6, 12, 24, 48}) {
            points.add(new ScalingPoint("presence", presence,
                    new GeneratedConstellation(COUNTRIES, 8, 40, presence, 5, STEPS)));
        }
        for (int side : new int[] {4, 8, 16}) {
            points.add(new ScalingPoint("districts", COUNTRIES * side * side,
                    new GeneratedConstellation(COUNTRIES, side, 40, 6, 5, STEPS)));
        }
        for (int groups : new int[] {1, 4, 16, 64}) {
            points.add(new ScalingPoint("groups", groups, new GeneratedConstellation(COUNTRIES, 4, 40, 6, groups, STEPS)));
        }
        points.add(new ScalingPoint("continent", CONTINENT.actors(), CONTINENT));
        return points;
    }

    /** A file name for the point's scenario, e.g. {@code actors-160}. */
    public String name() {
        return series + "-" + x;
    }
}
