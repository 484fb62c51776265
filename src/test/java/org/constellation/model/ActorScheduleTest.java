package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constellation.metrics.LedgerObserver;
import org.constellation.scenario.Scenario;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** An actor's schedule changes its presence and capacity at the scheduled step, and nothing else. */
class ActorScheduleTest {

    private static final String WORLD = """
            name: sched
            start_date: "2014-01"
            steps: 8
            seed: 3
            region:
              countries: [{id: a}]
              districts:
                - {id: a1, country: a, need: {epidemics: 0.6}, driver: {epidemics: 0.5}}
                - {id: a2, country: a, need: {epidemics: 0.6}, driver: {epidemics: 0.5}}
                - {id: a3, country: a, need: {epidemics: 0.6}, driver: {epidemics: 0.5}}
              edges: [[a1, a2], [a2, a3]]
            actors:
              - {id: w, organisation: who, presence: [a1], capacity: 4}
              - {id: n, organisation: international-ngo, presence: [a1, a2], capacity: 2}
            """;

    private static Scenario load(String yaml) throws Exception {
        return ScenarioLoader.loadText(Path.of("sched.yaml"), yaml, List.of()).scenario();
    }

    /** Every 3W row of a run: step, actor, district, activity, effort. */
    private static List<String> rows(Scenario s, int steps) {
        Constellation m = s.newModel(s.seed());
        m.start();
        List<String> out = new ArrayList<>();
        LedgerObserver.attach(m, (step, labels, effort) -> out.add(step + " " + labels[0] + " " + labels[4] + " "
                + labels[6] + " " + effort));
        m.run(steps);
        return out;
    }

    @Test
    void presenceAndCapacityChangeAtTheScheduledStep() throws Exception {
        Scenario s = load(WORLD + """
                schedules:
                  w:
                    - {date: 2014-04, presence: [a2, a3], capacity: 9}
                """);
        Constellation m = s.newModel(s.seed());
        m.start();
        assertThat(m.actor("w").presence()).extracting(d -> d.id()).containsExactly("a1");
        m.run(3);
        assertThat(m.actor("w").nominalCapacity()).isEqualTo(4);
        m.run(1);
        assertThat(m.actor("w").presence()).extracting(d -> d.id()).containsExactly("a2", "a3");
        assertThat(m.actor("w").nominalCapacity()).isEqualTo(9);
        List<String> rows = rows(s, 8);
        assertThat(rows.stream().filter(r -> r.matches("[012] w .*"))).isNotEmpty().allMatch(r -> r.contains(" a1 "));
        assertThat(rows.stream().filter(r -> r.matches("[3-7] w .*"))).isNotEmpty()
                .noneMatch(r -> r.contains(" a1 "));
        double late = rows.stream().filter(r -> r.startsWith("5 w ")).mapToDouble(r -> Double.parseDouble(
                r.substring(r.lastIndexOf(' ') + 1))).sum();
        assertThat(late).as("effort at step 5, after capacity rose from 4 to 9").isGreaterThan(4);
    }

    @Test
    void aScheduleThatRestatesTheActorChangesNothingAndDrawsNoRandomNumber() throws Exception {
        List<String> plain = rows(load(WORLD), 8);
        List<String> restated = rows(load(WORLD + """
                schedules:
                  w:
                    - {step: 0, presence: [a1], capacity: 4}
                    - {step: 4, presence: [a1], capacity: 4}
                  n:
                    - {step: 2, capacity: 2}
                """), 8);
        assertThat(restated).isNotEmpty().isEqualTo(plain);
    }

    @Test
    void aScheduledRunIsDeterministic() throws Exception {
        String yaml = WORLD + """
                schedules:
                  n:
                    - {step: 2, presence: [a3]}
                    - {step: 5, capacity: 6}
                """;
        assertThat(rows(load(yaml), 8)).isEqualTo(rows(load(yaml), 8)).isNotEqualTo(rows(load(WORLD), 8));
    }
}
