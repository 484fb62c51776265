package org.constellation.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings found while reading input data, each located by file, line, column and
 * field ({@code presence.csv:12: column 4 (organisation): empty organisation name}). Errors stop an
 * import; warnings are listed with its result and written into the file it makes.
 */
public final class Problems {

    /** Most errors listed; the rest are counted. */
    static final int MAX_LISTED = 40;

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Records an error at a line and column (column 0: the whole line; line 0: the whole file). */
    public void error(String file, int line, int column, String field, String message) {
        errors.add(locate(file, line, column, field) + message);
    }

    /** Records a warning at a line and column. */
    public void warn(String file, int line, int column, String field, String message) {
        warnings.add(locate(file, line, column, field) + message);
    }

    /** Records a warning about the input as a whole. */
    public void warn(String message) {
        warnings.add(message);
    }

    /** Records an error about the input as a whole. */
    public void error(String message) {
        errors.add(message);
    }

    /** True if an error was found. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The warnings so far, in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Throws with every error if there is one (the first {@value #MAX_LISTED}, then a count). */
    public void throwIfErrors() throws DataException {
        if (errors.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>(errors.subList(0, Math.min(MAX_LISTED, errors.size())));
        if (errors.size() > MAX_LISTED) {
            listed.add("... and " + (errors.size() - MAX_LISTED) + " more errors");
        }
        throw new DataException(listed);
    }

    private static String locate(String file, int line, int column, String field) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (column > 0) {
            b.append("column ").append(column).append(" (").append(field).append("): ");
        }
        return b.toString();
    }
}
