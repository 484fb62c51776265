package org.constellation.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Small pieces of YAML text written the same way every time (deterministic, byte for byte). */
final class YamlText {

    private YamlText() {
    }

    /** A double-quoted string, escaped as JSON would (valid YAML). */
    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A number rounded to three decimals, without trailing zeros ("40", "2.667"). */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A flow list of ids: [a, b, c]. */
    static String ids(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }

    /** A comment line (or lines) at an indentation; text is split on line breaks. */
    static String comment(String indent, String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            b.append(indent).append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        return b.toString();
    }
}
