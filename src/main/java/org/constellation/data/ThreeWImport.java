package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code import 3w}: a scenario from a 3W table and a table of regions. One district per region of the
 * countries imported (position, country, population if given; neighbours as edges, those across
 * borders marked), one host government per country, and one actor per organisation, present where the
 * 3W places it, with the profile its type (or its own entry) maps to and a capacity of its profile's
 * effort per region of presence. With {@link Activities#PROFILE} nothing but presence comes from the
 * data; with {@link Activities#OBSERVED} each actor's mandate is also restricted to the catalogue
 * activities its 3W activities map to.
 */
public final class ThreeWImport {

    /** What the data decides about what actors do. */
    public enum Activities {
        /** Only presence comes from the data; what actors do is the model's (the mode a validation needs). */
        PROFILE,
        /** Each actor's mandate is restricted to the catalogue activities of its observed 3W activities. */
        OBSERVED;

        /** The key used on the command line. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What to import.
     *
     * @param presence the 3W table
     * @param regions the regions table
     * @param countries the countries to import (names as in the tables); empty: every country of the 3W
     * @param activities what the data decides about what actors do
     * @param name the scenario's name (an id); null: made from the 3W file's name
     * @param mapping the mapping to use
     * @param command the command line that makes the file (written into its header)
     */
    public record Options(Path presence, Path regions, List<String> countries, Activities activities, String name,
            ThreeWMapping mapping, String command) {
        public Options {
            countries = List.copyOf(countries);
        }
    }

    /**
     * What the import made.
     *
     * @param yaml the scenario's text
     * @param warnings the warnings (also in the text's header)
     * @param summary a one-line account
     */
    public record Result(String yaml, List<String> warnings, String summary) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** One organisation, as the 3W shows it. */
    static final class Organisation {
        final String name;
        final String type;
        final String profile;
        final Set<RegionTable.Region> regions = new LinkedHashSet<>();
        final Set<String> activities = new LinkedHashSet<>();
        final Set<String> otherTypes = new LinkedHashSet<>();
        boolean coordinates;
        int rows;
        String id;

        Organisation(String name, String type, String profile) {
            this.name = name;
            this.type = type;
            this.profile = profile;
        }
    }

    /** The first words of the header of every file this import writes. */
    private static final String WRITTEN_BY = "Written by `import 3w` from a 3W table";

    private ThreeWImport() {
    }

    /** Whether a file's text is one this import wrote (its header comes first), which it may write again. */
    public static boolean wrote(String text) {
        return text.startsWith("# " + WRITTEN_BY);
    }

    /** Runs the import, or throws with every error found. */
    public static Result run(Options o) throws DataException {
        Problems problems = new Problems();
        RegionTable regions = RegionTable.read(o.regions(), problems);
        PresenceTable table = PresenceTable.read(o.presence(), problems);
        List<String> countries = countries(o, regions, table);
        Map<String, RegionTable.Region> byId = new LinkedHashMap<>();
        Ids ids = new Ids();
        List<RegionTable.Region> kept = new ArrayList<>();
        for (RegionTable.Region r : regions.regions()) {
            if (countries.contains(r.country())) {
                kept.add(r);
            }
        }
        countries.forEach(c -> ids.reserve(Ids.slug(c)));
        countries.forEach(c -> ids.reserve(Ids.slug(c) + "-government"));
        Map<RegionTable.Region, String> districtIds = new LinkedHashMap<>();
        for (RegionTable.Region r : kept) {
            String id = ids.claim(o.mapping().districtOf(r.name()));
            districtIds.put(r, id);
            byId.put(id, r);
        }
        ThreeWRows rows = new ThreeWRows(table, o.mapping(), Set.copyOf(countries), r -> place(table, regions,
                districtIds, r, problems), problems);
        Map<String, Organisation> organisations = organisations(rows, byId, problems);
        addedOnly(organisations, table, o.mapping(), problems);
        addPresence(organisations, byId, o.mapping(), problems);
        sortRegions(organisations, regions);
        problems.throwIfErrors();
        for (Organisation org : organisations.values()) {
            if (!isExcluded(org)) {
                org.id = ids.claim(o.mapping().idOf(org.name));
            }
        }
        Provenance3w header = new Provenance3w(WRITTEN_BY, o.command())
                .input(o.presence(), rows.account(table.csv().rows().size()))
                .input(o.regions(), regions.regions().size() + " regions, " + kept.size() + " of them in "
                        + String.join(", ", countries))
                .line("mapping: " + o.mapping().source() + "; activities: " + o.activities().key());
        String name = o.name() != null ? o.name() : Ids.slug(o.presence().getFileName().toString()
                .replaceFirst("\\.[^.]*$", ""));
        ThreeWScenarioText text = new ThreeWScenarioText(o, name, countries, districtIds, organisations.values(),
                problems);
        String body = text.render();
        String yaml = header.warnings(problems.warnings()).render() + body;
        long actors = organisations.values().stream().filter(x -> !isExcluded(x)).count();
        return new Result(yaml, problems.warnings(), districtIds.size() + " districts, " + actors + " actors ("
                + rows.account(table.csv().rows().size()) + "), " + problems.warnings().size() + " warnings");
    }

    static boolean isExcluded(Organisation org) {
        return ThreeWMapping.HOST.equals(org.profile) || ThreeWMapping.NONE.equals(org.profile);
    }

    private static List<String> countries(Options o, RegionTable regions, PresenceTable table) throws DataException {
        List<String> known = regions.countries();
        if (o.countries().isEmpty()) {
            List<String> out = new ArrayList<>();
            table.rows().forEach(r -> {
                String c = match(known, r.country());
                if (c != null && !out.contains(c)) {
                    out.add(c);
                }
            });
            if (out.isEmpty()) {
                throw new DataException(o.presence() + ": no row is in a country of " + o.regions() + " (" + known
                        + ")");
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        for (String wanted : o.countries()) {
            String c = match(known, wanted);
            if (c == null) {
                throw new DataException("--country " + wanted + ": not a country of " + o.regions() + "; it has "
                        + known);
            }
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String match(List<String> known, String name) {
        return known.stream().filter(k -> k.equalsIgnoreCase(Ids.tidy(name))).findFirst().orElse(null);
    }

    private static String place(PresenceTable table, RegionTable regions, Map<RegionTable.Region, String> ids,
            PresenceTable.Row r, Problems problems) {
        RegionTable.Region region = regions.find(r.country(), r.region(), r.pcode());
        String id = region == null ? null : ids.get(region);
        if (id == null) {
            List<String> names = ids.keySet().stream().filter(x -> x.country().equalsIgnoreCase(r.country()))
                    .map(RegionTable.Region::name).toList();
            table.csv().error(problems, new CsvInput.Row(r.line(), List.of()), "region", "region '" + r.region()
                    + "'" + (r.pcode().isEmpty() ? "" : " (pcode " + r.pcode() + ")") + " of " + r.country()
                    + " is not in the regions table; it has " + names);
        }
        return id;
    }

    private static Map<String, Organisation> organisations(ThreeWRows rows, Map<String, RegionTable.Region> byId,
            Problems problems) {
        Map<String, Organisation> out = new LinkedHashMap<>();
        for (ThreeWRows.Resolved r : rows.rows()) {
            Organisation org = out.computeIfAbsent(r.row().organisation(),
                    n -> new Organisation(n, r.row().type(), r.profile()));
            if (!org.type.equals(r.row().type()) && org.otherTypes.add(r.row().type())) {
                problems.warn("line " + r.row().line() + ": " + org.name + " is also typed '" + r.row().type()
                        + "'; its first type, '" + org.type + "', and its profile are used");
            }
            org.rows++;
            org.regions.add(byId.get(r.district()));
            if (r.activity().isActivity()) {
                org.activities.addAll(r.activity().activities());
            } else if ("coordination".equals(r.activity().becomes())) {
                org.coordinates = true;
            }
        }
        return out;
    }

    /** Organisations the mapping places although no row of the countries imported names them. */
    private static void addedOnly(Map<String, Organisation> out, PresenceTable table, ThreeWMapping mapping,
            Problems problems) {
        for (String name : mapping.organisationsNamed()) {
            if (out.containsKey(name) || mapping.addedPresence(name).isEmpty()) {
                continue;
            }
            String type = table.rows().stream().filter(r -> r.organisation().equals(name)).map(PresenceTable.Row::type)
                    .findFirst().orElse("");
            String profile = mapping.profileOf(name, type);
            if (profile == null) {
                problems.error("mapping: " + name + " has add_presence but no profile; give it one");
                continue;
            }
            out.put(name, new Organisation(name, type.isEmpty() ? "not in the 3W" : type, profile));
            problems.warn(name + ": present only where the mapping adds it (add_presence), not from the 3W rows");
        }
    }

    private static void addPresence(Map<String, Organisation> out, Map<String, RegionTable.Region> byId,
            ThreeWMapping mapping, Problems problems) {
        for (Organisation org : out.values()) {
            for (String added : mapping.addedPresence(org.name)) {
                RegionTable.Region region = byId.values().stream().filter(x -> x.name().equalsIgnoreCase(added))
                        .findFirst().orElse(null);
                if (region == null) {
                    problems.error("mapping: add_presence of " + org.name + ": '" + added + "' is not a region of the "
                            + "countries imported");
                } else {
                    org.regions.add(region);
                }
            }
            if (ThreeWMapping.NONE.equals(org.profile)) {
                problems.warn("'" + org.name + "' (" + org.rows + " rows) is kept out of the scenario: the mapping "
                        + "gives it no profile ('none'); its rows still count in the observed 3W");
            }
        }
    }

    private static void sortRegions(Map<String, Organisation> out, RegionTable regions) {
        for (Organisation org : out.values()) {
            List<RegionTable.Region> sorted = new ArrayList<>(regions.regions());
            sorted.retainAll(org.regions);
            org.regions.clear();
            org.regions.addAll(sorted);
        }
    }
}
