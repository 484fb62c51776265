package org.constellation.scenario;

/** Turns a key path of a scenario document into a location prefix for messages ("file:line:col: path"). */
@FunctionalInterface
public interface Locator {

    /** Where a key path is, as a message prefix. */
    String where(String path);
}
