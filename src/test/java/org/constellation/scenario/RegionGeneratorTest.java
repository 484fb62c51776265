package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constellation.model.Challenge;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.RegionSpec;
import org.junit.jupiter.api.Test;

/** A region can be generated as grids of districts: sizes, capitals, gradients, borders and errors. */
class RegionGeneratorTest {

    private static final String GRID = """
            name: grid
            region:
              countries: [{id: a}, {id: b}]
              generate: {rows: 3, columns: 2, population: 600, state_presence: 0.8, remoteness: 0.2,
                         need: {terrorism: 0.3}}
              edges: [[a-1-1, b-3-2]]
            actors:
              - {id: m, organisation: un-peacekeeping, presence: [a-2-1, b-2-1], capacity: 3}
            """;

    @Test
    void eachCountryIsAGridAroundItsCapitalWithNeedierRemoterDistricts() throws Exception {
        RegionSpec region = YamlFixture.scenario(GRID).model().region();
        assertThat(region.districts()).hasSize(12);
        List<DistrictSpec> capitals = region.districts().stream().filter(DistrictSpec::capital).toList();
        assertThat(capitals).extracting(DistrictSpec::id).containsExactly("a-2-1", "b-2-1");
        DistrictSpec capital = capitals.get(0);
        DistrictSpec corner = region.districts().stream().filter(d -> d.id().equals("a-3-2")).findFirst().orElseThrow();
        assertThat(capital.population()).isEqualTo(600);
        assertThat(corner.population()).isEqualTo(200);
        assertThat(corner.statePresence()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(corner.need().get(Challenge.TERRORISM)).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(corner.need().get(Challenge.TERRORISM)).isGreaterThan(capital.need().get(Challenge.TERRORISM));
    }

    @Test
    void gridAndBorderEdgesAreMadeAndExtraEdgesAdded() throws Exception {
        RegionSpec region = YamlFixture.scenario(GRID).model().region();
        long within = 2 * (3 * 1 + 2 * 2);
        long borders = region.edges().stream().filter(e -> !e.from().substring(0, 1).equals(e.to().substring(0, 1)))
                .count();
        assertThat(region.edges()).hasSize((int) within + 3 + 1);
        assertThat(borders).isEqualTo(3 + 1);
        assertThat(region.edges()).anySatisfy(e -> assertThat(e.from() + e.to()).isEqualTo("a-1-2b-1-1"));
    }

    @Test
    void aGeneratedScenarioRuns() throws Exception {
        var model = YamlFixture.scenario(GRID).newModel(3);
        model.start();
        model.run(6);
        assertThat(model.schedule.getSteps()).isEqualTo(6);
        assertThat(model.region().size()).isEqualTo(12);
    }

    @Test
    void districtsAndGenerateExcludeEachOtherAndGeneratedIdsAreChecked() throws Exception {
        assertThat(YamlFixture.problems(GRID.replace("  edges:", "  districts: [{id: x, country: a}]\n  edges:")
                .replace("presence: [a-2-1, b-2-1]", "presence: [a-9-9]")))
                .anySatisfy(p -> assertThat(p).contains("either 'districts' or 'generate'"));
        assertThat(YamlFixture.problems(GRID.replace("  generate:", "  generat:"))).anySatisfy(p -> assertThat(p).contains("did you mean 'generate'"));
    }
}
