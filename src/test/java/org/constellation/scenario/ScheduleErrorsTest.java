package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.model.spec.ScheduleEntry;
import org.junit.jupiter.api.Test;

/** The schedules section: dates become steps, and every mistake is a located error. */
class ScheduleErrorsTest {

    private static final String SMALL = """
            name: small
            region:
              countries:
                - id: a
              districts:
                - {id: a1, country: a}
                - {id: a2, country: a}
            actors:
              - {id: m, organisation: un-peacekeeping, presence: [a1], capacity: 3}
            """;

    @Test
    void datesBecomeStepsFromTheStartDate() throws Exception {
        List<ScheduleEntry> s = YamlFixture.scenario(SMALL + """
                start_date: "2013-11"
                schedules:
                  m:
                    - {date: 2014-01, presence: [a2]}
                    - {step: 5, capacity: 7}
                """).model().actors().get(0).schedule();
        assertThat(s).extracting(ScheduleEntry::step).containsExactly(2, 5);
        assertThat(s.get(0).presence()).containsExactly("a2");
        assertThat(s.get(0).setsCapacity()).isFalse();
        assertThat(s.get(1).capacity()).isEqualTo(7);
        assertThat(s.get(1).setsPresence()).isFalse();
    }

    @Test
    void everyMistakeIsLocated() throws Exception {
        List<String> p = YamlFixture.problems(SMALL + """
                schedules:
                  m:
                    - {step: 4, capacity: 2}
                    - {step: 2, presence: [a9]}
                    - {date: 2015-01, capacity: 1}
                    - {step: 6}
                    - {step: 7, date: 2015-02, capacity: 1}
                  ghost:
                    - {step: 1, capacity: 1}
                  a-government:
                    - {step: 1, capacity: 1}
                """);
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[1]").contains("increasing step order"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[1].presence[0]").contains("unknown district 'a9'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[2].date").contains("start_date"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[3]").contains("presence, capacity or both"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[4]").contains("either 'step' or 'date'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.ghost").contains("unknown actor 'ghost'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.a-government").contains("host government"));
        assertThat(p).allSatisfy(s -> assertThat(s).contains("s.yaml:"));
    }

    @Test
    void aDateBeforeTheStartAndAMalformedMonthAreErrors() throws Exception {
        List<String> p = YamlFixture.problems(SMALL + """
                start_date: "2014-01"
                schedules:
                  m:
                    - {date: 2013-12, capacity: 1}
                    - {date: 2014-13, capacity: 1}
                """);
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[0].date").contains("before the scenario's"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("schedules.m[1].date").contains("YYYY-MM"));
    }
}
