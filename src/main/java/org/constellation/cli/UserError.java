package org.constellation.cli;

/** A problem with what the user asked for (bad option, unknown file, unwritable folder): shown without a stack trace. */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
