package org.constellation.scenario.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document that passed validation: a plain value tree ({@code Map<String, Object>} in document
 * order, {@code List<Object>}, {@link String}, {@link Long}, {@link Double}, {@link Boolean}; all
 * unmodifiable) with defaults filled in, and the source location of every value, so that later
 * checks (such as cross-references between sections) can report located errors too.
 */
public final class ValidatedDocument {

    private final Object value;
    private final Map<KeyPath, SourceLocation> locations;

    ValidatedDocument(Object value, Map<KeyPath, SourceLocation> locations) {
        this.value = value;
        this.locations = Map.copyOf(locations);
    }

    /** @return the root value */
    public Object value() {
        return value;
    }

    /**
     * @return the root value as a section
     * @throws IllegalStateException if the schema's root is not a section
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asMap() {
        if (!(value instanceof Map)) {
            throw new IllegalStateException("the document root is not a section");
        }
        return (Map<String, Object>) value;
    }

    /**
     * @param path a key path, such as {@code actors[3].capacity}
     * @return the value there, if the path exists
     */
    public Optional<Object> get(KeyPath path) {
        Object current = value;
        for (Object segment : path.segments()) {
            if (segment instanceof Integer i && current instanceof List<?> list && i < list.size()) {
                current = list.get(i);
            } else if (segment instanceof String key && current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    /**
     * @param path a key path in text form
     * @return the value there, if the path is valid and exists
     */
    public Optional<Object> get(String path) {
        return parse(path).flatMap(this::get);
    }

    /**
     * Where the value at a path was written. A value filled in from a default is located at the
     * section that lacked it.
     *
     * @param path a key path
     * @return its location, or empty if the path does not exist in the document
     */
    public Optional<SourceLocation> locationOf(KeyPath path) {
        if (get(path).isEmpty()) {
            return Optional.empty();
        }
        KeyPath p = path;
        while (!locations.containsKey(p)) {
            p = p.parent();
        }
        return Optional.of(locations.get(p));
    }

    /**
     * @param path a key path in text form, such as {@code mechanisms.donor-forum.cost}
     * @return its location, or empty if the path is invalid or does not exist
     */
    public Optional<SourceLocation> locationOf(String path) {
        return parse(path).flatMap(this::locationOf);
    }

    /**
     * A located error about a value of this document, for checks done after validation (such as
     * "refers to a country that does not exist"). A path that does not exist is located at its
     * nearest existing ancestor.
     *
     * @param path    the key path of the offending value
     * @param message what is wrong
     * @return the error
     */
    public ValidationError errorAt(KeyPath path, String message) {
        KeyPath p = path;
        while (locationOf(p).isEmpty() && !p.isRoot()) {
            p = p.parent();
        }
        SourceLocation at = locationOf(p).orElseGet(() -> locations.get(KeyPath.root()));
        return ValidationError.at(at, path, message);
    }

    private static Optional<KeyPath> parse(String path) {
        if (path.isEmpty()) {
            return Optional.of(KeyPath.root());
        }
        KeyPathParser.Parsed parsed = KeyPathParser.parse(path);
        return Optional.ofNullable(parsed.path());
    }
}
