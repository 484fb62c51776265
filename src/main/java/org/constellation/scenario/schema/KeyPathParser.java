package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;

/** Parses the text form of a {@link KeyPath}, reporting the column of the first mistake. */
final class KeyPathParser {

    /**
     * The outcome: a path with the 1-based column where each segment starts, or an error.
     */
    record Parsed(KeyPath path, int[] columns, String error, int errorColumn) {
    }

    private final String text;
    private int pos;
    private final List<Integer> columns = new ArrayList<>();
    private KeyPath path = KeyPath.root();

    private KeyPathParser(String text) {
        this.text = text;
    }

    static Parsed parse(String text) {
        if (text.isEmpty()) {
            return new Parsed(null, null, "the key path is empty", 1);
        }
        return new KeyPathParser(text).run();
    }

    private Parsed run() {
        boolean needName = text.charAt(0) != '[';
        while (true) {
            Parsed error = needName ? name() : bracket();
            if (error != null) {
                return error;
            }
            if (pos == text.length()) {
                return new Parsed(path, columns.stream().mapToInt(Integer::intValue).toArray(), null, 0);
            }
            char c = text.charAt(pos);
            if (c == '.') {
                pos++;
                needName = true;
            } else if (c == '[') {
                needName = false;
            } else {
                return fail("expected '.' or '[' after a key, found '" + c + "'");
            }
        }
    }

    private Parsed name() {
        int start = pos;
        while (pos < text.length() && "[].\"".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            return fail(pos == text.length() ? "the key path ends with '.'" : "a key name is missing here");
        }
        columns.add(start + 1);
        path = path.key(text.substring(start, pos));
        return null;
    }

    private Parsed bracket() {
        int start = pos;
        pos++; // '['
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quotedKey(start);
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
            pos++;
        }
        if (pos == digits || pos == text.length() || text.charAt(pos) != ']') {
            return fail("expected a list index such as [0] or a quoted key such as [\"a.b\"]");
        }
        if (pos - digits > 9) {
            pos = digits;
            return fail("the list index is too large");
        }
        columns.add(start + 1);
        path = path.index(Integer.parseInt(text.substring(digits, pos)));
        pos++; // ']'
        return null;
    }

    private Parsed quotedKey(int start) {
        pos++; // opening quote
        StringBuilder key = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length()) {
                pos++;
                c = text.charAt(pos);
            }
            key.append(c);
            pos++;
        }
        if (pos + 1 >= text.length() || text.charAt(pos + 1) != ']') {
            pos = Math.min(pos, text.length());
            return fail("a quoted key must end with \"]");
        }
        pos += 2;
        columns.add(start + 1);
        path = path.key(key.toString());
        return null;
    }

    private Parsed fail(String message) {
        return new Parsed(null, null, message, Math.min(pos, text.length()) + 1);
    }
}
