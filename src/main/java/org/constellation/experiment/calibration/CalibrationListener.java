package org.constellation.experiment.calibration;

import org.constellation.experiment.Progress;

/** Hears how a calibration goes (the command line prints it). */
public interface CalibrationListener {

    /** Hears nothing. */
    CalibrationListener NONE = new CalibrationListener() {
    };

    /** A batch of particles starts (or resumes). */
    default void batch(String name, int particles, long runs) {
    }

    /** A generation is complete. */
    default void generation(GenerationRecord record) {
    }

    /** Shards this one waits for. */
    default void waiting(String message) {
    }

    /** Progress of the runs of a sweep of a batch that starts now. */
    default Progress runs() {
        return Progress.NONE;
    }
}
