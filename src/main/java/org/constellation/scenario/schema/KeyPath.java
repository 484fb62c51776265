package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An immutable path to a value in a document, such as {@code actors[3].capacity} or
 * {@code mechanisms.donor-forum.cost}. List indexes are 0-based. Keys made only of letters,
 * digits, {@code _} and {@code -} are written plainly; other keys are written as
 * {@code ["a key"]}, with {@code \"} and {@code \\} escapes.
 */
public final class KeyPath {

    private static final KeyPath ROOT = new KeyPath(List.of());
    private static final Pattern PLAIN_KEY = Pattern.compile("[\\p{L}\\p{N}_-]+");

    private final List<Object> segments;

    private KeyPath(List<Object> segments) {
        this.segments = segments;
    }

    /** @return the empty path, denoting the whole document */
    public static KeyPath root() {
        return ROOT;
    }

    /**
     * Parses the text form.
     *
     * @param text a path such as {@code actors[2].capacity}
     * @return the path
     * @throws IllegalArgumentException if the text is not a valid path
     */
    public static KeyPath parse(String text) {
        KeyPathParser.Parsed parsed = KeyPathParser.parse(text);
        if (parsed.error() != null) {
            throw new IllegalArgumentException(parsed.error() + " (column " + parsed.errorColumn() + ")");
        }
        return parsed.path();
    }

    /**
     * @param key a map key
     * @return this path followed by the key
     */
    public KeyPath key(String key) {
        return append(key);
    }

    /**
     * @param index a 0-based list index
     * @return this path followed by the index
     */
    public KeyPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return append(index);
    }

    private KeyPath append(Object segment) {
        List<Object> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new KeyPath(List.copyOf(next));
    }

    /** @return true for the path of the whole document */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** @return the path without its last segment; the root for the root */
    public KeyPath parent() {
        return segments.isEmpty() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    /** @return the segments, each a {@link String} key or an {@link Integer} index */
    public List<Object> segments() {
        return segments;
    }

    /** @return the number of segments */
    public int size() {
        return segments.size();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                appendKey(out, (String) segment);
            }
        }
        return out.toString();
    }

    private static void appendKey(StringBuilder out, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(key);
        } else {
            out.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPath other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }
}
