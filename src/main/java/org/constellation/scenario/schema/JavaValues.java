package org.constellation.scenario.schema;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between plain Java values and {@link YamlNode}s. */
final class JavaValues {

    private JavaValues() {
    }

    /** A Java value (String, number, Boolean, null, List, Map with String keys) as a node at one location. */
    static YamlNode toNode(Object value, SourceLocation at) {
        if (value == null) {
            return YamlScalar.empty(at);
        }
        if (value instanceof String s) {
            return YamlScalar.string(s, at);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long l = ((Number) value).longValue();
            return new YamlScalar(YamlScalar.Kind.INTEGER, Long.toString(l), l, at);
        }
        if (value instanceof BigInteger b) {
            Object v = b.bitLength() < 64 ? (Object) b.longValue() : b;
            return new YamlScalar(YamlScalar.Kind.INTEGER, b.toString(), v, at);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return new YamlScalar(YamlScalar.Kind.FLOAT, Double.toString(d), d, at);
        }
        if (value instanceof Boolean b) {
            return new YamlScalar(YamlScalar.Kind.BOOLEAN, b.toString(), b, at);
        }
        if (value instanceof List<?> list) {
            List<YamlNode> items = new ArrayList<>();
            for (Object item : list) {
                items.add(toNode(item, at));
            }
            return new YamlList(items, at);
        }
        if (value instanceof Map<?, ?> map) {
            List<YamlMap.Entry> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("map keys must be strings: " + e.getKey());
                }
                entries.add(new YamlMap.Entry(key, at, toNode(e.getValue(), at)));
            }
            return new YamlMap(entries, at);
        }
        throw new IllegalArgumentException("unsupported value type " + value.getClass().getName());
    }

    /** A node as an unmodifiable plain Java value (for keys of open sections, which have no schema). */
    static Object toPlain(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.value() instanceof BigInteger b ? b.doubleValue() : s.value();
        }
        if (node instanceof YamlList list) {
            List<Object> out = new ArrayList<>();
            for (YamlNode item : list.items()) {
                out.add(toPlain(item));
            }
            return Collections.unmodifiableList(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlMap.Entry e : ((YamlMap) node).entries()) {
            out.put(e.key(), toPlain(e.value()));
        }
        return Collections.unmodifiableMap(out);
    }
}
