package org.constellation.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constellation.model.Challenge;
import org.constellation.model.Organisation;
import org.constellation.model.activity.ActivityCatalogue;
import org.constellation.model.activity.ActivityType;

/** Writes the scenario an {@code import 3w} makes, as YAML text with its values labelled. */
final class ThreeWScenarioText {

    private static final ActivityCatalogue CATALOGUE = ActivityCatalogue.standard();
    /** Priority of a challenge the observed activities need but the profile does not weigh. An assumption. */
    static final double OBSERVED_PRIORITY = 0.5;

    private final ThreeWImport.Options o;
    private final String name;
    private final List<String> countries;
    private final Map<RegionTable.Region, String> districts;
    private final Collection<ThreeWImport.Organisation> organisations;
    private final Problems problems;
    private final StringBuilder b = new StringBuilder();

    ThreeWScenarioText(ThreeWImport.Options o, String name, List<String> countries,
            Map<RegionTable.Region, String> districts, Collection<ThreeWImport.Organisation> organisations,
            Problems problems) {
        this.o = o;
        this.name = name;
        this.countries = countries;
        this.districts = districts;
        this.organisations = organisations;
        this.problems = problems;
    }

    String render() {
        String where = String.join(", ", countries);
        b.append("name: ").append(name).append('\n');
        b.append("title: ").append(YamlText.quote("Who does what where: " + where)).append('\n');
        b.append("description: ").append(YamlText.quote("Districts, organisations and their presence from the 3W "
                + "table " + o.presence().getFileName() + " (" + where + "). Needs, host governments and coordination "
                + "are placeholders: edit them, or extend this file, before drawing conclusions.")).append('\n');
        b.append("sources:\n  - ").append(YamlText.quote("3W table " + o.presence().getFileName()
                + " and regions " + o.regions().getFileName() + " (see the header)")).append('\n');
        b.append("steps: 12   # assumption: a year; the 3W does not say how long\nseed: 1\n\n");
        region();
        actors();
        coordination();
        return b.toString();
    }

    private void region() {
        b.append("region:\n  name: ").append(YamlText.quote(String.join(", ", countries))).append('\n');
        b.append("  defaults:\n    # assumption: the 3W says nothing of needs; the same moderate baseline everywhere\n");
        b.append("    need: {").append(everyChallenge(0.2)).append("}\n");
        b.append("    driver: {").append(everyChallenge(0.3)).append("}\n");
        b.append("  countries:   # host governments: the format's defaults (assumption)\n");
        countries.forEach(c -> b.append("    - {id: ").append(Ids.slug(c)).append(", name: ").append(YamlText.quote(c))
                .append("}\n"));
        b.append("  districts:   # one per region; position is the centroid [longitude, latitude]\n");
        districts.forEach((r, id) -> {
            b.append("    - {id: ").append(id).append(", name: ").append(YamlText.quote(r.name()))
                    .append(", country: ").append(Ids.slug(r.country()));
            if (!Double.isNaN(r.population())) {
                b.append(", population: ").append(YamlText.number(r.population()));
            }
            b.append(", position: [").append(YamlText.number(r.lon())).append(", ").append(YamlText.number(r.lat()))
                    .append("]}\n");
        });
        edges();
    }

    private void edges() {
        List<String> within = new ArrayList<>();
        List<String> across = new ArrayList<>();
        Set<String> outside = new TreeSet<>();
        Set<String> done = new LinkedHashSet<>();
        districts.forEach((r, id) -> {
            for (RegionTable.Region n : r.neighbours()) {
                String other = districts.get(n);
                if (other == null) {
                    outside.add(r.name() + " - " + n);
                } else if (done.add(other + " " + id) && done.add(id + " " + other)) {
                    (n.country().equals(r.country()) ? within : across).add("    - [" + id + ", " + other + "]\n");
                }
            }
        });
        b.append("  edges:\n");
        within.forEach(b::append);
        if (!across.isEmpty()) {
            b.append("    # across borders\n");
            across.forEach(b::append);
        }
        if (!outside.isEmpty()) {
            b.append(YamlText.comment("    ", "left out, the neighbour's country is not imported: "
                    + String.join("; ", outside)));
        }
        b.append('\n');
    }

    private void actors() {
        b.append("actors:\n");
        b.append(YamlText.comment("  ", "one per organisation; capacity = the profile's effort per region of presence "
                + "x regions (mapping: capacity_per_region; assumption)"));
        List<String> hosts = new ArrayList<>();
        for (ThreeWImport.Organisation org : organisations) {
            if (ThreeWImport.isExcluded(org)) {
                if (ThreeWMapping.HOST.equals(org.profile)) {
                    hosts.add(org.name + " (" + org.rows + " rows)");
                }
                continue;
            }
            actor(org);
        }
        if (!hosts.isEmpty()) {
            b.append(YamlText.comment("  ", "part of the host government, present everywhere in its country: "
                    + String.join("; ", hosts)));
        }
        b.append('\n');
    }

    private void actor(ThreeWImport.Organisation org) {
        double perRegion = o.mapping().capacityPerRegion(org.profile);
        if (Double.isNaN(perRegion)) {
            perRegion = 1;
            problems.warn(org.name + ": the mapping gives profile " + org.profile + " no capacity_per_region; 1 used");
        }
        List<String> presence = org.regions.stream().map(districts::get).toList();
        b.append("  - {id: ").append(org.id).append(", name: ").append(YamlText.quote(org.name))
                .append(", organisation: ").append(org.profile).append(", presence: ").append(YamlText.ids(presence))
                .append(", capacity: ").append(YamlText.number(perRegion * presence.size()));
        String note = org.type + ", " + org.rows + " rows";
        if (o.activities() == ThreeWImport.Activities.OBSERVED) {
            if (org.activities.isEmpty()) {
                problems.warn(org.name + ": no 3W activity of it maps to a catalogue activity; it keeps its profile's "
                        + "mandate");
            } else {
                b.append(",\n     mandate: ").append(observedMandate(org));
                note = note + "; mandate: its observed activities only";
            }
        }
        b.append("}   # ").append(note).append('\n');
    }

    private String observedMandate(ThreeWImport.Organisation org) {
        Map<Challenge, Double> profile = Organisation.byKey(org.profile).mandate().priorities();
        Set<Challenge> challenges = new TreeSet<>();
        List<String> include = new ArrayList<>();
        for (ActivityType t : CATALOGUE.all()) {
            if (org.activities.contains(ActivityCatalogue.key(t))) {
                challenges.add(t.challenge());
                include.add(ActivityCatalogue.key(t));
            }
        }
        List<String> weights = new ArrayList<>();
        for (Challenge c : challenges) {
            double w = profile.getOrDefault(c, 0.0);
            weights.add(c.key() + ": " + YamlText.number(w > 0 ? w : OBSERVED_PRIORITY));
        }
        return "{priorities: {" + String.join(", ", weights) + "}, modes: [], include: " + YamlText.ids(include) + "}";
    }

    private void coordination() {
        List<String> members = organisations.stream().filter(x -> x.coordinates && !ThreeWImport.isExcluded(x))
                .map(x -> x.id).toList();
        b.append("coordination:\n");
        if (o.activities() == ThreeWImport.Activities.OBSERVED && !members.isEmpty()) {
            b.append("  # observed: the organisations whose 3W rows report Coordination take part in a cluster\n");
            b.append("  mechanisms:\n    - name: cluster-lead\n      members: ").append(YamlText.ids(members))
                    .append('\n');
        } else {
            if (!members.isEmpty()) {
                b.append(YamlText.comment("  ", "the 3W's Coordination rows are not used with --activities profile; "
                        + "reported by: " + String.join(", ", members)));
            }
            b.append("  mechanisms: [none]\n");
        }
        b.append("  sharing: sources-default\n");
    }

    private static String everyChallenge(double value) {
        List<String> out = new ArrayList<>();
        Challenge.all().forEach(c -> out.add(c.key() + ": " + YamlText.number(value)));
        return String.join(", ", out);
    }
}
