package org.constellation.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.model.Organisation;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.scenario.ScenarioLoader;
import org.constellation.scenario.schema.DocumentLoader;
import org.constellation.scenario.schema.KeyPath;
import org.constellation.scenario.schema.ValidatedDocument;
import org.constellation.scenario.schema.ValidationError;
import org.constellation.scenario.schema.Validator;

/**
 * How a 3W table becomes the model's: organisation type and organisation to profile and id, 3W
 * activity to catalogue activities (or what a non-activity becomes), capacity per region of
 * presence, region name to district id. The built-in table ({@code 3w-mapping.yaml}, documented in
 * docs/3w-mapping.md) can be overridden key by key by a user's file in the same format.
 */
public final class ThreeWMapping {

    /** The profile value that merges an organisation into its country's host government. */
    public static final String HOST = "host-government";
    /** The profile value that keeps an organisation out of the scenario. */
    public static final String NONE = "none";
    static final String RESOURCE = "/org/constellation/data/3w-mapping.yaml";
    private static final ActivityCatalogue CATALOGUE = ActivityCatalogue.standard();

    /**
     * What a 3W activity becomes.
     *
     * @param activities the catalogue activities (challenge/id), empty for a non-activity
     * @param becomes for a non-activity: coordination, capacity or presence; empty otherwise
     */
    public record Activity(List<String> activities, String becomes) {
        public Activity {
            activities = List.copyOf(activities);
        }

        /** True if the row is an activity of the catalogue. */
        public boolean isActivity() {
            return !activities.isEmpty();
        }
    }

    private final Map<String, String> types;
    private final Map<String, Map<String, Object>> organisations;
    private final Map<String, Activity> activities;
    private final Map<String, Double> capacity;
    private final Map<String, String> regions;
    private final String source;

    private ThreeWMapping(Map<String, Object> tree, String source) {
        this.types = strings(tree.get("types"));
        this.organisations = new LinkedHashMap<>();
        ThreeWMapping.<Map<String, Object>>sections(tree.get("organisations"))
                .forEach((k, v) -> organisations.put(Ids.tidy(k), v));
        this.activities = new LinkedHashMap<>();
        ThreeWMapping.<Object>sections(tree.get("activities")).forEach((k, v) -> activities.put(k, activity(v)));
        this.capacity = new LinkedHashMap<>();
        ThreeWMapping.<Number>sections(tree.get("capacity_per_region"))
                .forEach((k, v) -> capacity.put(k, v.doubleValue()));
        this.regions = strings(tree.get("regions"));
        this.source = source;
    }

    /** The built-in mapping. */
    public static ThreeWMapping builtIn() {
        try {
            return new ThreeWMapping(parse(RESOURCE, builtInBytes()), "the built-in mapping (docs/3w-mapping.md)");
        } catch (DataException e) {
            throw new IllegalStateException("the built-in 3W mapping is invalid: " + e.getMessage(), e);
        }
    }

    /** The built-in mapping with a user's file over it, key by key in each section. */
    public static ThreeWMapping load(Path file) throws DataException {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file");
        }
        Map<String, Object> base = parse(RESOURCE, builtInBytes());
        Map<String, Object> over;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        over = parse(file.toString(), bytes);
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((section, value) -> {
            Map<String, Object> m = new LinkedHashMap<>(ThreeWMapping.<Object>sections(base.get(section)));
            m.putAll(ThreeWMapping.<Object>sections(value));
            merged.put(section, m);
        });
        return new ThreeWMapping(merged, "the built-in mapping with " + file + " over it (sha256 "
                + ScenarioLoader.sha256(bytes) + ")");
    }

    private static byte[] builtInBytes() {
        try (InputStream in = ThreeWMapping.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the built-in 3W mapping is missing from the build", e);
        }
    }

    private static Map<String, Object> parse(String name, byte[] bytes) throws DataException {
        Validator.Checked checked = DocumentLoader.of(MappingSchema.schema()).withExtendsKey(null)
                .loadAll(name, bytes, Path.of("."), List.of());
        List<ValidationError> errors = new ArrayList<>(checked.errors());
        ValidatedDocument doc = checked.document();
        if (doc == null || !(doc.value() instanceof Map) || !errors.isEmpty()) {
            throw failure(errors.isEmpty() ? List.of(name + ": not a 3W mapping") : render(errors));
        }
        Map<String, Object> tree = doc.asMap();
        check(doc, tree, errors);
        if (!errors.isEmpty()) {
            throw failure(render(errors));
        }
        return tree;
    }

    private static void check(ValidatedDocument doc, Map<String, Object> tree, List<ValidationError> errors) {
        List<String> profiles = new ArrayList<>(Organisation.keys());
        profiles.add(HOST);
        profiles.add(NONE);
        strings(tree.get("types")).forEach((k, v) -> {
            if (!profiles.contains(v)) {
                errors.add(doc.errorAt(KeyPath.root().key("types").key(k), "unknown profile '" + v + "'; known: "
                        + profiles));
            }
        });
        ThreeWMapping.<Map<String, Object>>sections(tree.get("organisations")).forEach((k, v) -> {
            Object p = v.get("profile");
            if (p != null && !profiles.contains(p)) {
                errors.add(doc.errorAt(KeyPath.root().key("organisations").key(k).key("profile"), "unknown profile '"
                        + p + "'; known: " + profiles));
            }
        });
        ThreeWMapping.<Object>sections(tree.get("activities")).forEach((k, v) -> {
            if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (CATALOGUE.find(String.valueOf(list.get(i))) == null) {
                        errors.add(doc.errorAt(KeyPath.root().key("activities").key(k).index(i), "unknown catalogue "
                                + "activity '" + list.get(i) + "'; write challenge/id as in docs/activities.md"));
                    }
                }
            }
        });
        ThreeWMapping.<Object>sections(tree.get("capacity_per_region")).keySet().forEach(k -> {
            if (!Organisation.keys().contains(k)) {
                errors.add(doc.errorAt(KeyPath.root().key("capacity_per_region").key(k), "unknown profile '" + k
                        + "'; known: " + Organisation.keys()));
            }
        });
    }

    private static List<String> render(List<ValidationError> errors) {
        return errors.stream().sorted().distinct().map(ValidationError::render).toList();
    }

    private static DataException failure(List<String> problems) {
        return new DataException(problems);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> sections(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, T>) m : Map.of();
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        ThreeWMapping.<Object>sections(value).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static Activity activity(Object value) {
        if (value instanceof List<?> list) {
            return new Activity(list.stream().map(String::valueOf).toList(), "");
        }
        return new Activity(List.of(), String.valueOf(((Map<?, ?>) value).get("becomes")));
    }

    /** Where the mapping comes from, for provenance. */
    public String source() {
        return source;
    }

    /**
     * The profile of an organisation of a type: its own entry's, else its type's; {@link #HOST},
     * {@link #NONE}, or null if neither is mapped.
     */
    public String profileOf(String organisation, String type) {
        Object own = organisation(organisation).get("profile");
        return own != null ? own.toString() : types.get(Ids.tidy(type));
    }

    /** The id an organisation wishes for: its entry's, else the id made from its name. */
    public String idOf(String organisation) {
        Object own = organisation(organisation).get("id");
        return own != null ? own.toString() : Ids.slug(organisation);
    }

    /** Regions where an organisation is present beyond the 3W (from the mapping, not the data). */
    public List<String> addedPresence(String organisation) {
        Object added = organisation(organisation).get("add_presence");
        return added instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Organisations with an entry of their own, in file order. */
    public List<String> organisationsNamed() {
        return List.copyOf(organisations.keySet());
    }

    private Map<String, Object> organisation(String name) {
        return organisations.getOrDefault(Ids.tidy(name), Map.of());
    }

    /** What a 3W activity becomes, or null if it is not in the mapping. */
    public Activity activity(String name) {
        return activities.get(Ids.tidy(name));
    }

    /** Every 3W activity of the mapping, in order. */
    public Map<String, Activity> activities() {
        return java.util.Collections.unmodifiableMap(activities);
    }

    /** Effort units a profile brings to each region of presence, or NaN if the mapping gives none. */
    public double capacityPerRegion(String profile) {
        return capacity.getOrDefault(profile, Double.NaN);
    }

    /** The district id of a 3W region name. */
    public String districtOf(String region) {
        String own = regions.get(Ids.tidy(region));
        return own != null ? own : Ids.slug(region);
    }

    /** Every type mapped, in order. */
    public Map<String, String> types() {
        return java.util.Collections.unmodifiableMap(types);
    }

    /** Every profile given a capacity per region, in order. */
    public Map<String, Double> capacities() {
        return java.util.Collections.unmodifiableMap(capacity);
    }

    /** The built-in file's text (for docs and tests). */
    public static String builtInText() {
        return new String(builtInBytes(), StandardCharsets.UTF_8);
    }
}
