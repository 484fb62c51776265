package org.constellation.experiment;

/** Receives progress of long work: done out of total. Implementations decide how to show it. */
@FunctionalInterface
public interface Progress {

    /** Nothing shown. */
    Progress NONE = (done, total) -> { };

    /** Reports that {@code done} of {@code total} units are finished. */
    void update(long done, long total);
}
