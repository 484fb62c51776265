package org.constellation.scenario;

import org.constellation.scenario.schema.ValidationError;

/** Turns a problem at a key path of a scenario document into a located error. */
@FunctionalInterface
public interface Locator {

    /** A located error for a problem at a key path. */
    ValidationError error(String path, String message);
}
