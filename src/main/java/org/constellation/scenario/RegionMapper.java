package org.constellation.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.model.Challenge;
import org.constellation.model.Institution;
import org.constellation.model.activity.ActivityFlag;
import org.constellation.model.spec.CountrySpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.EdgeSpec;
import org.constellation.model.spec.HostSpec;
import org.constellation.model.spec.InstitutionSpec;
import org.constellation.model.spec.RegionSpec;
import org.constellation.model.spec.SensingSpec;

/** Maps the {@code region:} section: countries with their host governments, districts and edges. */
final class RegionMapper {

    /** Host priorities when a scenario gives none: armed groups first (Fit for Purpose ch. 4, 'Host government'). */
    static final Map<Challenge, Double> HOST_PRIORITIES = Map.of(Challenge.TERRORISM, 1.0,
            Challenge.PROTECTION_OF_CIVILIANS, 0.6, Challenge.EPIDEMICS, 0.4, Challenge.ORGANIZED_CRIME, 0.3,
            Challenge.ENVIRONMENT, 0.3, Challenge.MIGRATION_TRAFFICKING, 0.2);
    static final SensingSpec HOST_SENSING = new SensingSpec(0.1, 1, 0.6);

    private final TreeReader r;

    RegionMapper(TreeReader r) {
        this.r = r;
    }

    RegionSpec map(Map<String, Object> region, String path) {
        String name = r.string(region, "name", path, "Region");
        Map<String, Object> defaults = r.map(region, "defaults", path);
        String dp = TreeReader.join(path, "defaults");
        Map<Challenge, Double> needDefaults = ChallengeMaps.read(r, r.map(defaults, "need", dp), dp + ".need", 0, 1);
        Map<Challenge, Double> driverDefaults = ChallengeMaps.read(r, r.map(defaults, "driver", dp), dp + ".driver", 0, 1);
        List<CountrySpec> countries = countries(r.list(region, "countries", path), TreeReader.join(path, "countries"));
        if (countries.isEmpty()) {
            r.error(TreeReader.join(path, "countries"), "a region needs at least one country");
        }
        Set<String> countryIds = new HashSet<>();
        countries.forEach(c -> countryIds.add(c.id()));
        boolean generated = region.containsKey("generate");
        if (generated == region.containsKey("districts")) {
            r.error(path, generated ? "give either 'districts' or 'generate', not both"
                    : "give the 'districts', or 'generate' to make a grid of them");
        }
        RegionGenerator.Settings grid = generated ? generator(r.map(region, "generate", path),
                TreeReader.join(path, "generate"), needDefaults, driverDefaults) : null;
        List<DistrictSpec> districts = generated ? RegionGenerator.districts(countries, grid)
                : districts(r.list(region, "districts", path), TreeReader.join(path, "districts"), countryIds,
                        needDefaults, driverDefaults);
        Set<String> districtIds = new HashSet<>();
        districts.forEach(d -> districtIds.add(d.id()));
        for (CountrySpec c : countries) {
            if (districts.stream().noneMatch(d -> d.country().equals(c.id()))) {
                r.error(TreeReader.join(path, "countries"), "country '" + c.id() + "' has no district");
            }
        }
        List<EdgeSpec> edges = new ArrayList<>(generated ? RegionGenerator.edges(countries, grid) : List.of());
        edges.addAll(edges(r.list(region, "edges", path), TreeReader.join(path, "edges"), districtIds));
        return new RegionSpec(name, countries, districts, edges);
    }

    private RegionGenerator.Settings generator(Map<String, Object> g, String path, Map<Challenge, Double> needDefaults,
            Map<Challenge, Double> driverDefaults) {
        return new RegionGenerator.Settings(r.integer(g, "rows", path, 3, 1, RegionGenerator.MAX_SIDE),
                r.integer(g, "columns", path, 3, 1, RegionGenerator.MAX_SIDE),
                r.number(g, "population", path, 1000, 0, 1e7), r.number(g, "state_presence", path, 0.8, 0, 1),
                r.number(g, "remoteness", path, 0.1, 0, 1),
                ChallengeMaps.withDefaults(ChallengeMaps.read(r, r.map(g, "need", path), path + ".need", 0, 1),
                        needDefaults),
                ChallengeMaps.withDefaults(ChallengeMaps.read(r, r.map(g, "driver", path), path + ".driver", 0, 1),
                        driverDefaults));
    }

    private List<CountrySpec> countries(List<Object> items, String path) {
        List<CountrySpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            Map<String, Object> c = r.asMap(items.get(i), p);
            String id = r.string(c, "id", p, "");
            if (!ids.add(id)) {
                r.error(p + ".id", "duplicate country id '" + id + "'");
            }
            String name = r.string(c, "name", p, id);
            out.add(new CountrySpec(id, name, host(r.map(c, "host", p), p + ".host", id, name)));
        }
        return out;
    }

    private HostSpec host(Map<String, Object> h, String path, String country, String countryName) {
        String id = r.string(h, "id", path, country + "-government");
        String name = r.string(h, "name", path, "Government of " + countryName);
        Map<Challenge, Double> priorities = h.containsKey("priorities")
                ? ChallengeMaps.read(r, r.map(h, "priorities", path), path + ".priorities", 0, 1) : HOST_PRIORITIES;
        Map<Institution, InstitutionSpec> institutions = new EnumMap<>(Institution.class);
        Map<String, Object> given = r.map(h, "institutions", path);
        for (Map.Entry<String, Object> e : given.entrySet()) {
            String p = path + ".institutions." + e.getKey();
            try {
                Institution inst = Institution.byKey(e.getKey());
                Map<String, Object> v = r.asMap(e.getValue(), p);
                institutions.put(inst, new InstitutionSpec(r.number(v, "capacity", p, 0.3, 0, 1),
                        r.number(v, "absorption", p, 3, 0, 1e6)));
            } catch (IllegalArgumentException ex) {
                r.error(p, "unknown institution; expected one of "
                        + Institution.all().stream().map(Institution::key).toList());
            }
        }
        Map<Institution, Double> captured = new EnumMap<>(Institution.class);
        double capture = capture(h, path, captured);
        return new HostSpec(id, name, r.number(h, "effort", path, 20, 0, 1e6),
                r.number(h, "willingness", path, 0.6, 0, 1), capture,
                r.number(h, "consent", path, 0.9, 0, 1), priorities, institutions,
                r.bool(h, "national_strategy", path, false), SensingMapper.read(r, h, path, HOST_SENSING),
                r.enums(h, "exclude_flags", path, ActivityFlag.class, ActivityFlag::key), captured);
    }

    /**
     * The host's capture: one share for every institution, or a section of shares per institution with
     * {@code default} for the others; fills {@code captured} with the named ones and returns the default.
     */
    private double capture(Map<String, Object> h, String path, Map<Institution, Double> captured) {
        if (!(h.get("capture") instanceof Map)) {
            return r.number(h, "capture", path, 0.2, 0, 1);
        }
        String p = path + ".capture";
        Map<String, Object> given = r.map(h, "capture", path);
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (e.getKey().equals("default")) {
                continue;
            }
            try {
                captured.put(Institution.byKey(e.getKey()), r.number(given, e.getKey(), p, 0.2, 0, 1));
            } catch (IllegalArgumentException ex) {
                r.error(p + "." + e.getKey(), "unknown institution; expected 'default' or one of "
                        + Institution.all().stream().map(Institution::key).toList());
            }
        }
        return r.number(given, "default", p, 0.2, 0, 1);
    }

    private List<DistrictSpec> districts(List<Object> items, String path, Set<String> countries,
            Map<Challenge, Double> needDefaults, Map<Challenge, Double> driverDefaults) {
        List<DistrictSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            Map<String, Object> d = r.asMap(items.get(i), p);
            String id = r.string(d, "id", p, "");
            if (!ids.add(id)) {
                r.error(p + ".id", "duplicate district id '" + id + "'");
            }
            if (countries.contains(id)) {
                r.error(p + ".id", "'" + id + "' is already a country id");
            }
            String country = r.string(d, "country", p, "");
            if (!country.isEmpty() && !countries.contains(country)) {
                r.error(p + ".country", "unknown country '" + country + "'; known: " + countries);
            }
            List<Object> pos = r.list(d, "position", p);
            double[] position = new double[pos.size()];
            for (int k = 0; k < position.length; k++) {
                position[k] = r.checkNumber(pos.get(k), p + ".position[" + k + "]", 0, -1e6, 1e6);
            }
            out.add(new DistrictSpec(id, r.string(d, "name", p, id), country,
                    r.number(d, "population", p, 100, 0, 1e7), r.number(d, "state_presence", p, 0.5, 0, 1),
                    r.bool(d, "capital", p, false),
                    ChallengeMaps.withDefaults(ChallengeMaps.read(r, r.map(d, "need", p), p + ".need", 0, 1), needDefaults),
                    ChallengeMaps.withDefaults(ChallengeMaps.read(r, r.map(d, "driver", p), p + ".driver", 0, 1),
                            driverDefaults),
                    position));
        }
        return out;
    }

    private List<EdgeSpec> edges(List<Object> items, String path, Set<String> districts) {
        List<EdgeSpec> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                continue;
            }
            String p = path + "[" + i + "]";
            Object item = items.get(i);
            String from;
            String to;
            double weight = 1;
            if (item instanceof List<?> pair && (pair.size() == 2 || pair.size() == 3)) {
                from = String.valueOf(pair.get(0));
                to = String.valueOf(pair.get(1));
                if (pair.size() == 3) {
                    weight = r.checkNumber(pair.get(2), p + "[2]", 1, 0, 100);
                }
            } else if (item instanceof Map<?, ?>) {
                Map<String, Object> e = r.asMap(item, p);
                from = r.string(e, "from", p, "");
                to = r.string(e, "to", p, "");
                weight = r.number(e, "weight", p, 1, 0, 100);
            } else {
                r.error(p, "expected [from, to], [from, to, weight] or {from, to, weight}, found " + TreeReader.describe(item));
                continue;
            }
            if (from.isEmpty() || to.isEmpty() || "null".equals(from) || "null".equals(to)) {
                continue;
            } else if (!districts.contains(from)) {
                r.error(p, "unknown district '" + from + "'");
            } else if (!districts.contains(to)) {
                r.error(p, "unknown district '" + to + "'");
            } else if (from.equals(to)) {
                r.error(p, "a district cannot neighbour itself");
            } else {
                out.add(new EdgeSpec(from, to, weight));
            }
        }
        return out;
    }
}
