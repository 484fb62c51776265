package org.constellation.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.model.params.StrategyParameters;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.StrategyChoice;

/** Builds the {@code manifest.json} of a single run: what ran, with what, from where, and how long it took. */
final class RunManifest {

    private RunManifest() {
    }

    static Map<String, Object> build(LoadedScenario loaded, long seed, int steps, List<String> metrics,
            List<String> outputs, Provenance provenance, Timings timings, long wallMillis) {
        Scenario s = loaded.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(OutputFolder.KIND, "run");
        m.put("constellation", provenance.asMap());
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", s.name());
        scenario.put("title", s.title());
        scenario.put("file", loaded.file().toString());
        scenario.put("sha256", loaded.sha256());
        m.put("scenario", scenario);
        m.put("seed", seed);
        m.put("steps", steps);
        List<Object> mechanisms = new ArrayList<>();
        for (StrategyChoice c : s.mechanisms()) {
            mechanisms.add(strategy(c, StrategyParameters.of(c.name(), Mechanisms.info(c.name()).parameters(),
                    c.parameters()).asMap()));
        }
        m.put("mechanisms", mechanisms);
        StrategyChoice sharing = s.sharing();
        m.put("sharing", strategy(sharing, StrategyParameters.of(sharing.name(),
                SharingRules.info(sharing.name()).parameters(), sharing.parameters()).asMap()));
        m.put("parameters", new LinkedHashMap<>(s.model().parameters().asMap()));
        m.put("metrics", metrics);
        m.put("outputs", outputs);
        m.put("timing", timings.asMap());
        m.put("wall_time_ms", wallMillis);
        m.put("resolved_scenario", loaded.resolved());
        return m;
    }

    private static Map<String, Object> strategy(StrategyChoice choice, Map<String, Double> parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", choice.name());
        m.put("parameters", new LinkedHashMap<>(parameters));
        choice.lists().forEach(m::put);
        if (!choice.table().isEmpty()) {
            m.put("table", choice.table());
        }
        if (choice.scheduled()) {
            m.put("from", choice.from());
            m.put("until", choice.until() == StrategyChoice.FOREVER ? "never" : choice.until());
        }
        return m;
    }
}
