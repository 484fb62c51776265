package org.constellation.experiment.sweep;

/** A sweep that cannot start or continue, for a reason the user can act on (shown without a stack trace). */
public final class SweepException extends Exception {

    private static final long serialVersionUID = 1L;

    public SweepException(String message) {
        super(message);
    }
}
