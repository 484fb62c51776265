package org.constellation.experiment.calibration;

/** A calibration that cannot go on (a folder holding another calibration, a kernel that cannot propose, ...). */
public final class CalibrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public CalibrationException(String message) {
        super(message);
    }
}
