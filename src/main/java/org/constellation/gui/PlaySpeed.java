package org.constellation.gui;

/** How fast the Console plays: the pause between months, for a class to follow (the Model tab's Speed). */
enum PlaySpeed {

    FASTEST("as fast as it goes", 0),
    TEN("10 months a second", 100),
    FOUR("4 months a second", 250),
    TWO("2 months a second", 500),
    ONE("one month a second", 1000),
    SLOW("one month every 2 seconds", 2000);

    /** The speed a GUI opens with: slow enough to watch the map change. */
    static final PlaySpeed DEFAULT = TWO;

    private final String label;
    private final long pauseMillis;

    PlaySpeed(String label, long pauseMillis) {
        this.label = label;
        this.pauseMillis = pauseMillis;
    }

    /** The choice as the pop-up list shows it. */
    String label() {
        return label;
    }

    /** The Console's play sleep: milliseconds between steps. */
    long pauseMillis() {
        return pauseMillis;
    }

    /** The labels, in order, for the pop-up list. */
    static String[] labels() {
        PlaySpeed[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].label;
        }
        return out;
    }
}
