package org.constellation.gui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.coordination.MechanismInfo;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRuleInfo;
import org.constellation.information.SharingRules;
import org.constellation.metrics.Metrics;
import org.constellation.model.Challenge;
import org.constellation.model.params.ModelParameters;
import org.constellation.model.spec.ModelSpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.StrategyChoice;

/**
 * What the user chose in the Console's Model tab: the scenario, the coordination mechanisms in force,
 * the information-sharing rule (these three take effect at the next start, when the model is rebuilt),
 * and what the map and the chart show (at once). MASON reads its bean properties, with {@code domX()}
 * (pop-up lists) and {@code desX()} (tooltips); the mechanism toggles come from {@link MechanismToggles}, the
 * parameter sliders from {@link ParameterSliders}.
 */
public final class RunSettings implements ViewOptions {

    /** The three metrics the chart always shows. */
    static final List<String> FIXED_METRICS = List.of("redundant_effort", "coverage_by_need", "unmet_need");

    private final ScenarioCatalogue catalogue;
    private LoadedScenario loaded;
    private int scenario;
    private int sharing;
    private final Set<String> mechanisms = new LinkedHashSet<>();
    private final java.util.Map<String, Double> parameters = new java.util.LinkedHashMap<>();
    private int colourBy = ColourBy.NEED.ordinal();
    private int challenge;
    private int chartMetric;
    private boolean changed;
    private String notice = "";
    private Runnable onViewChange = () -> { };
    private Runnable onScenarioChange = () -> { };

    RunSettings(ScenarioCatalogue catalogue, int start) throws ScenarioException {
        this.catalogue = catalogue;
        this.scenario = start;
        adopt(catalogue.load(start));
    }

    /** Takes a freshly loaded scenario's mechanisms, rule, challenge and chart metric as the defaults. */
    private void adopt(LoadedScenario s) {
        loaded = s;
        mechanisms.clear();
        parameters.clear();
        s.scenario().mechanisms().stream().map(StrategyChoice::name).filter(n -> !n.equals("none"))
                .forEach(mechanisms::add);
        sharing = Math.max(0, SharingRules.names().indexOf(s.scenario().sharing().name()));
        challenge = ScenarioDefaults.challenge(s.scenario()).ordinal();
        colourBy = ScenarioDefaults.colouring(s.scenario()).ordinal();
        chartMetric = Metrics.names().indexOf(ScenarioDefaults.metric(s.scenario()));
    }

    void setListeners(Runnable viewChange, Runnable scenarioChange) {
        this.onViewChange = viewChange;
        this.onScenarioChange = scenarioChange;
    }

    /**
     * The scenario to run next: the chosen file with the chosen mechanisms (the file's own first, in its
     * order and with its settings, then any switched on here, with their defaults, in registry order)
     * and sharing rule. Unchanged settings give the file's scenario exactly.
     */
    Scenario scenarioToRun() {
        Scenario s = loaded.scenario();
        List<StrategyChoice> chosen = new ArrayList<>();
        for (StrategyChoice c : s.mechanisms()) {
            if (mechanisms.contains(c.name())) {
                chosen.add(c);
            }
        }
        for (String name : Mechanisms.names()) {
            if (mechanisms.contains(name) && chosen.stream().noneMatch(c -> c.name().equals(name))) {
                chosen.add(new StrategyChoice(name, java.util.Map.of()));
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(new StrategyChoice("none", java.util.Map.of()));
        }
        String rule = SharingRules.names().get(sharing);
        StrategyChoice rc = rule.equals(s.sharing().name()) ? s.sharing() : new StrategyChoice(rule, java.util.Map.of());
        return new Scenario(s.name(), s.title(), s.description(), s.sources(), s.lookAt(), s.steps(), s.seed(),
                withParameters(s.model()), chosen, rc);
    }

    /** The model with the parameters set here (the same model when none is). */
    private ModelSpec withParameters(ModelSpec m) {
        if (parameters.isEmpty()) {
            return m;
        }
        ModelParameters p = m.parameters();
        for (java.util.Map.Entry<String, Double> e : parameters.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return new ModelSpec(m.name(), m.region(), m.actors(), m.groups(), m.shocks(), p);
    }

    /** A global parameter's value for the next start: as set here, else the scenario's. */
    double parameter(String key) {
        Double set = parameters.get(key);
        return set != null ? set : loaded.scenario().model().parameters().asMap().get(key);
    }

    /** Sets a global parameter for the next start. */
    void setParameter(String key, double value) {
        parameters.put(key, value);
        changed = true;
    }

    /** The scenario as loaded. */
    LoadedScenario loaded() {
        return loaded;
    }

    /** True if a mechanism is switched on. */
    boolean mechanism(String name) {
        return mechanisms.contains(name);
    }

    /** Switches a mechanism on or off for the next start. */
    void setMechanism(String name, boolean on) {
        Mechanisms.info(name);
        if (on) {
            mechanisms.add(name);
        } else {
            mechanisms.remove(name);
        }
        changed = true;
    }

    /** Whether settings changed since the model was last built from them. */
    boolean changed() {
        return changed;
    }

    /** A problem to show in the status line (a scenario that did not load), or "". */
    String notice() {
        return notice;
    }

    /** Records that the model was just built from these settings. */
    void markBuilt() {
        changed = false;
        notice = "";
    }

    // ----- ViewOptions -----

    @Override
    public ColourBy colourBy() {
        return ColourBy.values()[colourBy];
    }

    @Override
    public Challenge challenge() {
        return Challenge.all().get(challenge);
    }

    /** The metric charted beside the three fixed ones. */
    String chartMetricName() {
        return Metrics.names().get(chartMetric);
    }

    // ----- bean properties for the Model tab -----

    public int getScenario() {
        return scenario;
    }

    public void setScenario(int i) {
        if (i < 0 || i >= catalogue.size() || i == scenario) {
            return;
        }
        try {
            adopt(catalogue.load(i));
            scenario = i;
            changed = true;
            notice = "";
            onScenarioChange.run();
        } catch (ScenarioException e) {
            notice = "Cannot load " + catalogue.names()[i] + ": " + String.join("; ", e.problems());
        }
    }

    public Object domScenario() {
        return catalogue.names();
    }

    public String desScenario() {
        return "The scenario (from scenarios/). Choosing one resets the mechanisms and the sharing rule to its own; "
                + "the model is rebuilt at the next play.";
    }

    public String getTitle() {
        return loaded.scenario().title();
    }

    public String desTitle() {
        return "The chosen scenario's title; its worksheet is docs/teaching/<name>.md for the classroom scenarios.";
    }

    public int getSharingRule() {
        return sharing;
    }

    public void setSharingRule(int i) {
        if (i >= 0 && i < SharingRules.names().size()) {
            sharing = i;
            changed = true;
        }
    }

    public Object domSharingRule() {
        return SharingRules.names().toArray(String[]::new);
    }

    public String desSharingRule() {
        StringBuilder b = new StringBuilder("<html>Who tells whom what (takes effect at the next play):");
        for (SharingRuleInfo r : SharingRules.all()) {
            b.append("<br><b>").append(r.name()).append("</b>: ").append(r.summary());
        }
        return b.append("</html>").toString();
    }

    public int getColourBy() {
        return colourBy;
    }

    public void setColourBy(int i) {
        if (i >= 0 && i < ColourBy.values().length) {
            colourBy = i;
            onViewChange.run();
        }
    }

    public Object domColourBy() {
        return ColourBy.labels();
    }

    public String desColourBy() {
        return "What the districts' colour shows (changes at once).";
    }

    public int getChallenge() {
        return challenge;
    }

    public void setChallenge(int i) {
        if (i >= 0 && i < Challenge.COUNT) {
            challenge = i;
            onViewChange.run();
        }
    }

    public Object domChallenge() {
        return Challenge.all().stream().map(Challenge::label).toArray(String[]::new);
    }

    public String desChallenge() {
        return "The challenge whose need colours the districts when colouring by need.";
    }

    public int getChartMetric() {
        return chartMetric;
    }

    public void setChartMetric(int i) {
        if (i >= 0 && i < Metrics.names().size()) {
            chartMetric = i;
            onViewChange.run();
        }
    }

    public Object domChartMetric() {
        return Metrics.standard().stream().map(m -> m.info().label()).toArray(String[]::new);
    }

    public String desChartMetric() {
        return "The metric the chart's lower panel shows, beside redundant_effort, coverage_by_need and unmet_need "
                + "(docs/metrics.md says what each measures).";
    }

    /** Mechanisms with a summary, for the toggles. */
    static List<MechanismInfo> toggleable() {
        return Mechanisms.all().stream().filter(i -> !i.name().equals("none")).toList();
    }
}
