package org.constellation.experiment.sweep;

import org.constellation.experiment.Json;
import org.constellation.experiment.Numbers;

/** Turns a factor's value into a scenario override {@code key.path=value}. */
final class Overrides {

    private Overrides() {
    }

    /** The override setting a scenario key to a value. */
    static String assignment(String path, Object value) {
        return path + "=" + render(value);
    }

    /** A value as YAML text: numbers plainly, anything else as one line of JSON (YAML flow style). */
    static String render(Object value) {
        if (value instanceof Number n) {
            return Numbers.format(n.doubleValue());
        }
        return Json.compact(value);
    }
}
