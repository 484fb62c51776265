package org.constellation.information;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.params.StrategyParameters;

/**
 * The registry of information-sharing rules: the only place that maps names to classes. Besides
 * {@code none}, four presets of the willingness table ({@code open}, {@code need-to-know},
 * {@code sources-default}, {@code siloed}) and {@code table}, a preset ({@code base}, default
 * sources-default) with a scenario's own overrides.
 */
public final class SharingRules {

    private static final String FRICTIONS = "Fit for Purpose, ch. 4 ('Host government', 'Civil society', "
            + "'International coordination', 'UN whole of system', 'Inter-mission coordination')";
    /** Most partners an actor shares with in one country in a round, in every preset but open. */
    private static final int PARTNERS = (int) TableSharingRule.MAX_CONTACTS.defaultValue();
    private static final Map<String, Supplier<SharingTable>> PRESETS = new LinkedHashMap<>();
    private static final Map<String, SharingRuleInfo> REGISTRY;

    static {
        PRESETS.put("open", SharingPresets::open);
        PRESETS.put("need-to-know", SharingPresets::needToKnow);
        PRESETS.put("sources-default", SharingPresets::sourcesDefault);
        PRESETS.put("siloed", SharingPresets::siloed);
        REGISTRY = index(List.of(NoSharing.info(),
                preset("open", "Everyone shares everything with everyone, at once, across borders",
                        "Willingness 1 for every pair and kind; no delay, no doubt, trust does not matter; "
                                + "cross-border; no limit on partners.",
                        "Fit for Purpose, ch. 6, recommendation 2 (the ideal of a shared picture)",
                        "An upper bound, not a description of any real constellation.", 0, 0, 0, 0, 1, 0),
                preset("need-to-know", "International actors share assessments and plans; intelligence stays in-house",
                        "Missions, agencies and donors share needs and plans with each other at 0.6 and with the host at "
                                + "0.3; intelligence only within an organisation (0.8); civil society neither gives nor "
                                + "gets; delays of one step.",
                        FRICTIONS, "A stylised middle ground.", 1, 1, 0, 1, 0, PARTNERS),
                preset("sources-default", "The frictions the sources describe",
                        "Bilateral donors rarely share (0.1-0.2); civil society withholds (0.1-0.4); missions withhold "
                                + "intelligence from hosts (0.1) and doubt what hosts tell them; sections of one mission "
                                + "share at 0.3-0.4; agencies inform each other relatively well (0.6-0.7); the rest in "
                                + "between. Working trust scales every willingness; sharing stays within a country; "
                                + "in each country an actor shares with at most " + PARTNERS + " partners a round, "
                                + "drawn at random when more are present.",
                        FRICTIONS, "The values are assumptions; the ordering between them is what the sources support.",
                        1, 1, 0, 1, 0, PARTNERS),
                preset("siloed", "Nothing crosses organisational lines",
                        "Only actors of the same organisation share, at 0.3.", FRICTIONS,
                        "A lower bound short of no sharing at all.", 1, 1, 1, 1, 0, PARTNERS),
                new SharingRuleInfo("table", "A preset ('base', default sources-default) with the scenario's own overrides",
                        "As the base preset, with the willingness of any sender type, receiver type and kind set in the "
                                + "scenario under `table: {sender: {receiver: {needs: 0.5, plans: 0.5, intel: 0.1}}}`.",
                        FRICTIONS, "As the base preset, except the parameters' defaults, which are sources-default's "
                                + "whatever the base: a table on open shares across borders and without a limit on "
                                + "partners only if it sets cross_border 1 and max_contacts 0.",
                        TableSharingRule.parameters(1, 1, 0, 1, 0, PARTNERS), true,
                        config -> new TableSharingRule("table", TableSharingRule.apply(
                                PRESETS.get(config.list("base").isEmpty() ? "sources-default"
                                        : config.list("base").get(0)).get(), config), config))));
    }

    private SharingRules() {
    }

    private static SharingRuleInfo preset(String name, String summary, String effect, String source, String assumptions,
            int delayNeeds, int delayPlans, int delayIntel, double sensitivity, int crossBorder, int maxContacts) {
        return new SharingRuleInfo(name, summary, effect, source, assumptions,
                TableSharingRule.parameters(delayNeeds, delayPlans, delayIntel, sensitivity, crossBorder, maxContacts),
                false,
                config -> new TableSharingRule(name, PRESETS.get(name).get(), config));
    }

    private static Map<String, SharingRuleInfo> index(List<SharingRuleInfo> infos) {
        Map<String, SharingRuleInfo> map = new LinkedHashMap<>();
        for (SharingRuleInfo i : infos) {
            if (map.put(i.name(), i) != null) {
                throw new IllegalStateException("Duplicate sharing rule " + i.name());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every registered rule, in catalogue order. */
    public static List<SharingRuleInfo> all() {
        return new ArrayList<>(REGISTRY.values());
    }

    /** The valid names, in catalogue order. */
    public static List<String> names() {
        return new ArrayList<>(REGISTRY.keySet());
    }

    /** The names of the presets a table rule can start from. */
    public static List<String> presets() {
        return new ArrayList<>(PRESETS.keySet());
    }

    /** The entry for a name, or an exception listing the valid names. */
    public static SharingRuleInfo info(String name) {
        SharingRuleInfo info = REGISTRY.get(name);
        if (info == null) {
            throw new IllegalArgumentException("Unknown sharing rule '" + name + "'. Known: " + names());
        }
        return info;
    }

    /** A fresh, configured instance for one run. */
    public static InformationSharingRule create(String name, Map<String, Double> parameters,
            Map<String, List<String>> lists, Map<String, Map<String, Map<String, Double>>> table) {
        SharingRuleInfo info = info(name);
        return info.factory().apply(new RuleConfig(StrategyParameters.of(name, info.parameters(), parameters), lists,
                table));
    }
}
