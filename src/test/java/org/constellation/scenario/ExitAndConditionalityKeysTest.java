package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.model.spec.ActorSpec;
import org.junit.jupiter.api.Test;

/** The scenario keys of an announced exit and of conditional support, and their errors. */
class ExitAndConditionalityKeysTest {

    private static final String SMALL = """
            name: small
            region:
              countries:
                - id: a
              districts:
                - {id: a1, country: a}
              edges: []
            actors:
              - {id: m, organisation: un-peacekeeping, presence: [a1], capacity: 3, deployment: {end: 30, announced: 24}}
              - {id: d, organisation: bilateral-donor, presence: [a1], capacity: 3, conditionality: 0.3}
            """;

    @Test
    void anAnnouncementAndAConditionalityAreRead() throws Exception {
        List<ActorSpec> actors = YamlFixture.scenario(SMALL).model().actors();
        assertThat(actors.get(0).deployment().announced()).isEqualTo(24);
        assertThat(actors.get(0).conditionality()).isEqualTo(1);
        assertThat(actors.get(1).conditionality()).isEqualTo(0.3);
        assertThat(actors.get(1).deployment().announcement(6)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anEndCannotBeAnnouncedAfterItHappensNorConditionalityExceedOne() throws Exception {
        List<String> problems = YamlFixture.problems(SMALL.replace("announced: 24", "announced: 31")
                .replace("conditionality: 0.3", "conditionality: 1.5"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:9:").contains("actors[0].deployment")
                .contains("announced"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:10:").contains("actors[1].conditionality"));
    }
}
