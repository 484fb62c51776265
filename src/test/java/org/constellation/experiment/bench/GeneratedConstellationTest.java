package org.constellation.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constellation.model.Constellation;
import org.constellation.model.agents.Actor;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Generated constellations are valid scenarios of the size asked for, and continent.yaml is one of them. */
class GeneratedConstellationTest {

    private static Constellation started(GeneratedConstellation g) throws Exception {
        Constellation m = ScenarioLoader.loadText(Path.of("generated.yaml"), g.yaml("generated", "Generated"), List.of())
                .scenario().newModel(1);
        m.start();
        return m;
    }

    /** The generated organisations (the model adds a host government per country). */
    private static List<Actor> organisations(Constellation m) {
        return m.actors().stream().filter(a -> a.id().startsWith("org-")).toList();
    }

    @Test
    void aGeneratedConstellationHasTheActorsDistrictsPresenceAndGroupsAskedFor() throws Exception {
        GeneratedConstellation g = new GeneratedConstellation(3, 5, 23, 7, 4, 12);
        Constellation m = started(g);

        assertThat(m.region().size()).isEqualTo(75).isEqualTo(g.districts());
        assertThat(m.region().countries()).hasSize(3);
        assertThat(organisations(m)).hasSize(23);
        assertThat(m.actors()).hasSize(23 + 3);
        assertThat(m.groups()).hasSize(4);
        assertThat(g.presences()).isEqualTo(23 * 7);
        for (Actor a : organisations(m)) {
            assertThat(a.presence()).as(a.id()).hasSize(7);
            Set<Object> countries = a.presence().stream().map(d -> d.country()).collect(Collectors.toSet());
            assertThat(countries).as("countries of " + a.id()).hasSize(1);
        }
        m.run(12);
        assertThat(m.step()).isEqualTo(11);
    }

    @Test
    void organisationsOfOneCountryCoverItsDistrictsInTurn() throws Exception {
        Constellation m = started(new GeneratedConstellation(2, 3, 8, 3, 0, 1));
        Set<Integer> covered = organisations(m).stream().flatMap(a -> a.presence().stream())
                .filter(d -> d.country().index() == 0).map(d -> d.index()).collect(Collectors.toSet());
        assertThat(covered).hasSize(9);
    }

    @Test
    void anOrganisationInMoreDistrictsThanACountryHasSpillsIntoTheNext() throws Exception {
        Constellation m = started(new GeneratedConstellation(2, 2, 1, 6, 0, 1));
        Actor only = organisations(m).get(0);
        assertThat(only.presence()).hasSize(6);
        assertThat(only.presence().stream().map(d -> d.country()).distinct()).hasSize(2);
    }

    @Test
    void theSameSettingsGiveTheSameFileAndSizesOutOfRangeAreRefused() {
        GeneratedConstellation g = new GeneratedConstellation(5, 4, 40, 6, 5, 60);
        assertThat(g.yaml("a", "A")).isEqualTo(new GeneratedConstellation(5, 4, 40, 6, 5, 60).yaml("a", "A"));
        assertThatThrownBy(() -> new GeneratedConstellation(1, 2, 3, 5, 0, 1)).hasMessageContaining("presence 5");
        assertThatThrownBy(() -> new GeneratedConstellation(0, 2, 3, 1, 0, 1)).hasMessageContaining("positive");
    }

    @Test
    void theShippedContinentIsTheBenchmarksContinent() throws Exception {
        String shipped = Files.readString(Path.of("scenarios/continent.yaml"));
        assertThat(shipped).isEqualTo(ScalingPoint.CONTINENT.yaml(ScalingPoint.CONTINENT_NAME,
                ScalingPoint.CONTINENT_TITLE));
        GeneratedConstellation c = ScalingPoint.CONTINENT;
        assertThat(c.actors()).isEqualTo(160);
        assertThat(c.districts()).isEqualTo(1280);
        assertThat(c.presence()).isEqualTo(25);
    }
}
