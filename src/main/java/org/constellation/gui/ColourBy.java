package org.constellation.gui;

import java.util.Arrays;

/** What the districts on the map are coloured by. */
public enum ColourBy {
    /** The need of the chosen challenge in the district (0-1). */
    NEED("Need of the chosen challenge"),
    /** Of the district's needy cells, the share nobody addresses this step. */
    COVERAGE_GAP("Coverage gap (needy challenges nobody addresses)"),
    /** Of the effort spent in the district this step, the share duplicated. */
    DUPLICATION("Duplication (effort on what another actor already does)");

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
