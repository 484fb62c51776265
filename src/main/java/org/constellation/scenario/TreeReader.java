package org.constellation.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.constellation.scenario.schema.ValidationError;

/**
 * Reads typed values out of a validated scenario tree (maps, lists, scalars), collecting a located
 * error for every value of the wrong type or out of range instead of stopping at the first. The
 * schema has already reported missing and invalid values (invalid ones are null in the tree), so a
 * missing or null value here silently takes its fallback; the type checks matter for the open
 * sections the schema does not describe.
 */
final class TreeReader {

    private final Locator locator;
    private final List<ValidationError> errors = new ArrayList<>();

    TreeReader(Locator locator) {
        this.locator = locator;
    }

    List<ValidationError> errors() {
        return errors;
    }

    void error(String path, String message) {
        errors.add(locator.error(path, message));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String string(Map<String, Object> map, String key, String path, String fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback == null ? "" : fallback;
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        error(join(path, key), "expected text, found " + describe(v));
        return fallback;
    }

    double number(Map<String, Object> map, String key, String path, double fallback, double min, double max) {
        Object v = map.get(key);
        if (v == null) {
            return Double.isNaN(fallback) ? Math.max(0, min) : fallback;
        }
        return checkNumber(v, join(path, key), fallback, min, max);
    }

    double checkNumber(Object v, String path, double fallback, double min, double max) {
        if (!(v instanceof Number n)) {
            error(path, "expected a number between " + fmt(min) + " and " + fmt(max) + ", found " + describe(v));
            return fallback;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || d < min || d > max) {
            error(path, "expected a number between " + fmt(min) + " and " + fmt(max) + ", found " + fmt(d));
            return fallback;
        }
        return d;
    }

    int integer(Map<String, Object> map, String key, String path, int fallback, int min, int max) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            error(join(path, key), "expected a whole number between " + min + " and " + max + ", found " + describe(v));
            return fallback;
        }
        long l = n.longValue();
        if (l < min || l > max) {
            error(join(path, key), "expected a whole number between " + min + " and " + max + ", found " + l);
            return fallback;
        }
        return (int) l;
    }

    boolean bool(Map<String, Object> map, String key, String path, boolean fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        error(join(path, key), "expected true or false, found " + describe(v));
        return fallback;
    }

    List<Object> list(Map<String, Object> map, String key, String path) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        error(join(path, key), "expected a list, found " + describe(v));
        return List.of();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Map<String, Object> map, String key, String path) {
        Object v = map.get(key);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        error(join(path, key), "expected a mapping (key: value), found " + describe(v));
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> asMap(Object v, String path) {
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        error(path, "expected a mapping (key: value), found " + describe(v));
        return new LinkedHashMap<>();
    }

    /** The values of a list of enum keys; unknown keys are errors naming the item. */
    <E extends Enum<E>> Set<E> enums(Map<String, Object> m, String key, String p, Class<E> type,
            Function<E, String> keyOf) {
        EnumSet<E> out = EnumSet.noneOf(type);
        List<String> names = strings(m, key, p);
        for (int k = 0; k < names.size(); k++) {
            String n = names.get(k);
            E match = null;
            for (E e : type.getEnumConstants()) {
                if (keyOf.apply(e).equals(n)) {
                    match = e;
                }
            }
            if (match == null) {
                error(p + "." + key + "[" + k + "]", "unknown value '" + n + "'; expected one of "
                        + EnumSet.allOf(type).stream().map(keyOf).toList());
            } else {
                out.add(match);
            }
        }
        return out;
    }

    List<String> strings(Map<String, Object> map, String key, String path) {
        List<String> out = new ArrayList<>();
        List<Object> items = list(map, key, path);
        for (int i = 0; i < items.size(); i++) {
            Object v = items.get(i);
            if (v instanceof String s) {
                out.add(s);
            } else if (v != null) {
                error(join(path, key) + "[" + i + "]", "expected text, found " + describe(v));
            }
        }
        return out;
    }

    static String describe(Object v) {
        if (v instanceof String s) {
            return "the text '" + s + "'";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return v == null ? "nothing" : "the value " + v;
    }

    static String fmt(double v) {
        return org.constellation.model.params.ParameterDescriptor.format(v);
    }
}
