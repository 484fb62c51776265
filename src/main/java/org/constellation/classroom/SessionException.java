package org.constellation.classroom;

/** A session folder, or a request to start or resume one, that cannot be used; the message names file, line or key. */
public final class SessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionException(String message) {
        super(message);
    }
}
