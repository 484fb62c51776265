package org.constellation.experiment.calibration;

/**
 * The kinds of target a calibration file can name. A kind that this version cannot compute is
 * listed (so that editors show it) but refused by the loader with the reason.
 */
public enum TargetKind {

    /** A metric's mean over a window of a base scenario's runs, against an observed value. */
    METRIC_MEAN("metric-mean", null),
    /** One quantity above another, by at least a margin: a qualitative pattern. */
    ORDERING("ordering", null),
    /** A statistic of the model's 3W cube against an observed 3W table. */
    COMPARE_3W("compare-3w", null);

    private final String key;
    private final String unavailable;

    TargetKind(String key, String unavailable) {
        this.key = key;
        this.unavailable = unavailable;
    }

    /** As written in calibration files. */
    public String key() {
        return key;
    }

    /** Why this version cannot compute it, or null if it can. */
    public String unavailable() {
        return unavailable;
    }

    /** Every key, for the schema. */
    public static String[] keys() {
        TargetKind[] all = values();
        String[] keys = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            keys[i] = all[i].key;
        }
        return keys;
    }

    /** The kind written as {@code key}. */
    public static TargetKind of(String key) {
        for (TargetKind k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no target kind " + key);
    }
}
