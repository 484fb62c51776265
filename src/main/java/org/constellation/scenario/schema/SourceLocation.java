package org.constellation.scenario.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source: a file name or a display name such as {@code "--set seed=3"}, and a
 * 1-based line and column.
 *
 * @param source the file or display name shown to the user
 * @param line   the 1-based line
 * @param column the 1-based column
 */
public record SourceLocation(String source, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::source)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    /** Checks that the source is present and that line and column are 1-based. */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /**
     * The start of a source.
     *
     * @param source the file or display name
     * @return line 1, column 1 of that source
     */
    public static SourceLocation startOf(String source) {
        return new SourceLocation(source, 1, 1);
    }

    /**
     * The same source and line, moved right by some columns (used to place values parsed out of a
     * longer command-line argument).
     *
     * @param columns how many columns to move; not negative
     * @return the shifted location
     */
    public SourceLocation shiftedRight(int columns) {
        return new SourceLocation(source, line, column + columns);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** Renders as {@code source:line:column}. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
