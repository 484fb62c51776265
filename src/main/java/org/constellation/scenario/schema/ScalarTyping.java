package org.constellation.scenario.schema;

import java.math.BigInteger;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** Types scalars by the YAML 1.2 core schema; only {@code !!str} and {@code !} tags are allowed. */
final class ScalarTyping {

    private static final String STR_TAG = Tag.STR.getValue();

    private final ScalarResolver resolver = new CoreScalarResolver(false);

    /** A typed scalar, or the message explaining why its tag is refused. */
    record Typed(YamlScalar scalar, String tagError) {
    }

    Typed type(ScalarEvent event, SourceLocation location) {
        String text = event.getValue();
        Optional<String> tag = event.getTag();
        if (tag.isPresent()) {
            String t = tag.get();
            YamlScalar asString = YamlScalar.string(text, location);
            if (t.equals("!") || t.equals(STR_TAG)) {
                return new Typed(asString, null);
            }
            return new Typed(asString, "the tag " + Texts.quote(shortTag(t)) + " is not supported; remove it"
                    + " (put the value in quotes to force text)");
        }
        if (!event.isPlain()) {
            return new Typed(YamlScalar.string(text, location), null);
        }
        return new Typed(plain(text, location), null);
    }

    static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private YamlScalar plain(String text, SourceLocation location) {
        Tag tag = resolver.resolve(text, true);
        if (tag.equals(Tag.NULL)) {
            return new YamlScalar(YamlScalar.Kind.NULL, text, null, location);
        }
        if (tag.equals(Tag.BOOL)) {
            return new YamlScalar(YamlScalar.Kind.BOOLEAN, text, Boolean.parseBoolean(text), location);
        }
        if (tag.equals(Tag.INT)) {
            Object value = integer(text);
            if (value != null) {
                return new YamlScalar(YamlScalar.Kind.INTEGER, text, value, location);
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            Double value = floating(text);
            if (value != null) {
                return new YamlScalar(YamlScalar.Kind.FLOAT, text, value, location);
            }
        }
        return YamlScalar.string(text, location);
    }

    private static Object integer(String text) {
        String s = text.startsWith("+") ? text.substring(1) : text;
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        }
        if (digits.isEmpty()) {
            return null;
        }
        try {
            BigInteger value = new BigInteger(digits, radix);
            value = negative ? value.negate() : value;
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double floating(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        switch (lower) {
            case ".nan":
                return Double.NaN;
            case ".inf":
            case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }
}
