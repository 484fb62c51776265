package org.constellation.scenario.schema;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Checks a node against a scalar schema. Each method returns the validated Java value, or null
 * after reporting the problem to the {@link ValidationRun}.
 */
final class ScalarChecks {

    private final ValidationRun run;

    ScalarChecks(ValidationRun run) {
        this.run = run;
    }

    Object bool(BooleanSchema schema, YamlNode node, KeyPath path) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
            return s.value();
        }
        return run.expected(schema, node, path);
    }

    Object string(StringSchema schema, YamlNode node, KeyPath path) {
        if (!(node instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.STRING) {
            boolean plainScalar = node instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL;
            String text = plainScalar ? ((YamlScalar) node).text() : null;
            boolean hint = plainScalar && (schema.allowedValues().isEmpty() || schema.allowedValues().contains(text));
            return run.error(node, path, "expected " + schema.humanName() + ", found " + Texts.found(node)
                    + (hint ? "; put it in quotes if it is meant as text: " + Texts.quote(text) : ""));
        }
        String text = s.text();
        if (!schema.allowedValues().isEmpty() && !schema.allowedValues().contains(text)) {
            String suggestion = Suggestions.closest(text, schema.allowedValues())
                    .map(v -> "; did you mean '" + v + "'?").orElse("");
            return run.error(node, path, "expected " + schema.humanName() + ", found " + Texts.found(node) + suggestion);
        }
        if (schema.pattern().isPresent() && !schema.pattern().get().matcher(text).matches()) {
            return run.error(node, path, "expected " + schema.patternDescription().orElse("a string")
                    + ", found " + Texts.found(node));
        }
        return text;
    }

    Object integer(IntegerSchema schema, YamlNode node, KeyPath path) {
        if (!(node instanceof YamlScalar s)
                || s.kind() != YamlScalar.Kind.INTEGER && s.kind() != YamlScalar.Kind.FLOAT) {
            return run.expected(schema, node, path);
        }
        BigInteger value;
        if (s.value() instanceof Double d) {
            if (!Double.isFinite(d)) {
                return nonFinite(schema, s, path);
            }
            if (d != Math.rint(d)) {
                return run.error(node, path, "expected " + schema.humanName() + ", found " + Texts.shorten(s.text())
                        + ", which is not a whole number");
            }
            value = new BigDecimal(d).toBigInteger();
        } else {
            value = s.value() instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) s.value();
        }
        if (value.bitLength() >= 64) {
            return tooLarge(schema, s, path);
        }
        long l = value.longValue();
        boolean inRange = schema.minimum().map(min -> l >= min).orElse(true)
                && schema.maximum().map(max -> l <= max).orElse(true);
        return inRange ? (Object) l : outOfRange(schema, s, path);
    }

    Object number(NumberSchema schema, YamlNode node, KeyPath path) {
        if (!(node instanceof YamlScalar s)
                || s.kind() != YamlScalar.Kind.INTEGER && s.kind() != YamlScalar.Kind.FLOAT) {
            return run.expected(schema, node, path);
        }
        double d = ((Number) s.value()).doubleValue();
        if (!Double.isFinite(d)) {
            return s.kind() == YamlScalar.Kind.INTEGER ? tooLarge(schema, s, path) : nonFinite(schema, s, path);
        }
        boolean inRange = schema.minimum().map(min -> d >= min).orElse(true)
                && schema.maximum().map(max -> d <= max).orElse(true);
        return inRange ? (Object) d : outOfRange(schema, s, path);
    }

    private Object nonFinite(Schema schema, YamlScalar s, KeyPath path) {
        double d = (Double) s.value();
        if (Double.isNaN(d)) {
            return run.error(s, path, "expected " + schema.humanName() + ", found " + Texts.shorten(s.text()) + " (not a number)");
        }
        if (s.text().toLowerCase(java.util.Locale.ROOT).contains("inf")) {
            return run.error(s, path, "expected " + schema.humanName() + ", found " + Texts.shorten(s.text()) + " (infinity)");
        }
        return tooLarge(schema, s, path);
    }

    private Object tooLarge(Schema schema, YamlScalar s, KeyPath path) {
        return run.error(s, path, "expected " + schema.humanName() + ", found " + Texts.shorten(s.text())
                + ", which is too large");
    }

    private Object outOfRange(Schema schema, YamlScalar s, KeyPath path) {
        return run.error(s, path, "expected " + schema.humanName() + ", found " + Texts.shorten(s.text()));
    }
}
