package org.constellation.gui;

import java.util.Arrays;

/** What the districts on the map are coloured by. */
public enum ColourBy {
    /** The need of the chosen challenge in the district (0-1). */
    NEED("Need of the chosen challenge"),
    /** Of the district's reference need within reach, the share this step's effort leaves uncovered. */
    COVERAGE_GAP("Coverage gap (need within reach left uncovered)"),
    /** Of the effort spent in the district this step, the share that is redundant (redundant_effort). */
    DUPLICATION("Redundant effort (beyond what saturates a need, from a second actor)");

    private final String label;

    ColourBy(String label) {
        this.label = label;
    }

    /** How the choice reads in the controls and the legend. */
    public String label() {
        return label;
    }

    /** The labels in order, for a pop-up list. */
    static String[] labels() {
        return Arrays.stream(values()).map(ColourBy::label).toArray(String[]::new);
    }
}
