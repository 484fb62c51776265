package org.constellation.scenario.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Wording shared by the schemas and the validator. */
final class Texts {

    private static final int MAX_QUOTED = 40;

    private Texts() {
    }

    /** A number as a person would write it: 0, 0.25, 1000000, 1.0E-12. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Math.abs(d) >= 1e-6 && Math.abs(d) < 1e15) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return Double.toString(d);
    }

    /** The range part of a numeric schema's name: " between 0 and 1", " of at least 0", "". */
    static String range(String min, String max) {
        if (min != null && max != null) {
            return " between " + min + " and " + max;
        }
        if (min != null) {
            return " of at least " + min;
        }
        return max != null ? " of at most " + max : "";
    }

    static String unit(String unit) {
        return unit == null ? "" : " (" + unit + ")";
    }

    /** Quotes user text for a message, shortened and with line breaks made visible. */
    static String quote(String s) {
        return "'" + shorten(s) + "'";
    }

    /** User text for a message: at most 40 characters, with line breaks and tabs made visible. */
    static String shorten(String s) {
        String shown = s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "..." : s;
        return shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    static String list(List<String> values) {
        return values.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    /** What a node is, for "found ..." in messages. */
    static String found(YamlNode node) {
        if (node instanceof YamlList) {
            return "a list";
        }
        if (node instanceof YamlMap) {
            return "a section (key: value pairs)";
        }
        YamlScalar s = (YamlScalar) node;
        switch (s.kind()) {
            case STRING:
                return "the string " + quote(s.text());
            case INTEGER:
            case FLOAT:
                return "the number " + shorten(s.text());
            case BOOLEAN:
                return "the value " + s.text();
            default:
                return "an empty value";
        }
    }

    /**
     * What kind of document a node is, without quoting any of it: for a whole file, whose content may
     * be anything (a file named by mistake should not be echoed into an error).
     */
    static String shape(YamlNode node) {
        if (node instanceof YamlList) {
            return "a list";
        }
        if (node instanceof YamlMap) {
            return "a section (key: value pairs)";
        }
        return switch (((YamlScalar) node).kind()) {
            case STRING -> "plain text";
            case INTEGER, FLOAT -> "a number";
            case BOOLEAN -> "a true/false value";
            default -> "nothing (the file is empty)";
        };
    }

    static void requireOneLine(String text, String what) {
        if (text == null || text.isBlank() || text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException(what + " must be one non-blank line: " + text);
        }
    }
}
