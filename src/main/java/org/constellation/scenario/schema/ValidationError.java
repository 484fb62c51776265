package org.constellation.scenario.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a document, located precisely enough for a user to fix it.
 *
 * @param location where the problem is
 * @param path     the key path of the value concerned, such as {@code actors[3].capacity}; empty
 *                 for the whole document
 * @param message  a sentence a non-programmer can act on
 */
public record ValidationError(SourceLocation location, String path, String message)
        implements Comparable<ValidationError> {

    private static final Comparator<ValidationError> ORDER = Comparator
            .comparing(ValidationError::location)
            .thenComparing(ValidationError::path)
            .thenComparing(ValidationError::message);

    /** Checks that no component is missing. */
    public ValidationError {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error about a key path.
     *
     * @param location where the problem is
     * @param path     the key path concerned
     * @param message  what is wrong
     * @return the error
     */
    public static ValidationError at(SourceLocation location, KeyPath path, String message) {
        return new ValidationError(location, path.toString(), message);
    }

    /** @return the file or display name */
    public String source() {
        return location.source();
    }

    /** @return the 1-based line */
    public int line() {
        return location.line();
    }

    /** @return the 1-based column */
    public int column() {
        return location.column();
    }

    /**
     * The one-line form {@code file:line:col: key.path: message} (the path part is left out for
     * errors about the whole document).
     *
     * @return the rendered error
     */
    public String render() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }

    /** Orders by source, line, column, then path and message. */
    @Override
    public int compareTo(ValidationError other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return render();
    }
}
