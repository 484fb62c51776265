package org.constellation.scenario.schema;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A scalar typed by the YAML 1.2 core schema. Only plain (unquoted) scalars can be numbers,
 * booleans or null; quoted and block scalars are always strings.
 *
 * @param kind     the type the scalar resolved to
 * @param text     the text as written (after unquoting)
 * @param value    a {@link String}, {@link Long}, {@link BigInteger} (integers beyond the range of
 *                 a long), {@link Double} (possibly NaN or infinite), {@link Boolean}, or null
 * @param location where the scalar starts
 */
public record YamlScalar(Kind kind, String text, Object value, SourceLocation location) implements YamlNode {

    /** The type a scalar resolved to. */
    public enum Kind {
        /** Text. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A floating point number, including {@code .nan} and {@code .inf}. */
        FLOAT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An empty value, {@code ~} or {@code null}. */
        NULL
    }

    /** Checks that the value's Java type agrees with the kind. */
    public YamlScalar {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        boolean fits = switch (kind) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof BigInteger;
            case FLOAT -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
            case NULL -> value == null;
        };
        if (!fits) {
            throw new IllegalArgumentException(kind + " scalar cannot hold " + value);
        }
    }

    /**
     * @param text     the string
     * @param location where it starts
     * @return a string scalar
     */
    public static YamlScalar string(String text, SourceLocation location) {
        return new YamlScalar(Kind.STRING, text, text, location);
    }

    /**
     * @param location where the empty value is
     * @return a null scalar
     */
    public static YamlScalar empty(SourceLocation location) {
        return new YamlScalar(Kind.NULL, "", null, location);
    }
}
