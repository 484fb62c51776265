package org.constellation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.data.ThreeWFixtures.PRESENCE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.constellation.model.spec.ActorSpec;
import org.constellation.model.spec.DistrictSpec;
import org.constellation.model.spec.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import 3w on the shipped Ebola 3W: a scenario that loads, with presence from the rows and nothing else. */
class ThreeWImportTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedLiberiaTableMakesAScenarioThatLoads() throws Exception {
        ThreeWImport.Result r = ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.PROFILE, "Liberia");
        ModelSpec m = ThreeWFixtures.load(r, tmp, "liberia").scenario().model();
        assertThat(m.region().districts()).hasSize(15).extracting(DistrictSpec::country).containsOnly("liberia");
        assertThat(m.region().edges()).hasSize(22);
        Map<String, ActorSpec> actors = m.actors().stream().collect(Collectors.toMap(ActorSpec::id, a -> a));
        assertThat(actors).containsKeys("unmil", "who", "unicef", "wfp", "medecins-du-monde", "action-against-hunger")
                .doesNotContainKeys("ministry-of-health", "unknown");
        assertThat(actors.get("unmil").organisation()).isEqualTo("un-peacekeeping");
        assertThat(actors.get("who").presence()).containsExactly("bong", "lofa", "margibi", "montserrado", "nimba",
                "rivercess");
        assertThat(actors.get("who").capacity()).isEqualTo(1.5 * 6);
        assertThat(actors.get("medecins-du-monde").organisation()).isEqualTo("international-ngo");
        assertThat(r.yaml()).contains("sha256 " + org.constellation.scenario.ScenarioLoader.sha256(PRESENCE))
                .contains("92 of Sierra Leone left out").contains("70 repeated rows counted once")
                .contains("Ministry of Health (14 rows)");
    }

    @Test
    void bothCountriesAndTheirCrossBorderEdges() throws Exception {
        ThreeWImport.Result r = ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.PROFILE);
        ModelSpec m = ThreeWFixtures.load(r, tmp, "both").scenario().model();
        assertThat(m.region().countries()).hasSize(2);
        assertThat(m.region().districts()).hasSize(28);
        assertThat(r.yaml()).contains("# across borders\n    - [gbarpolu, kailahun]");
    }

    @Test
    void theSameInputGivesTheSameFileByteForByte() throws Exception {
        String a = ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.OBSERVED).yaml();
        String b = ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.OBSERVED).yaml();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void profileModeTakesNothingButPresenceFromTheData() throws Exception {
        Path shuffled = shuffledActivities(tmp.resolve("shuffled.csv"));
        ModelSpec original = ThreeWFixtures.load(ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.PROFILE,
                "Liberia"), tmp, "a").scenario().model();
        ModelSpec other = ThreeWFixtures.load(ThreeWFixtures.importOf(shuffled, ThreeWImport.Activities.PROFILE,
                "Liberia"), tmp, "b").scenario().model();
        assertThat(other.actors()).isEqualTo(original.actors());
        assertThat(other.region()).usingRecursiveComparison().isEqualTo(original.region());
        ModelSpec observedA = ThreeWFixtures.load(ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.OBSERVED,
                "Liberia"), tmp, "c").scenario().model();
        ModelSpec observedB = ThreeWFixtures.load(ThreeWFixtures.importOf(shuffled, ThreeWImport.Activities.OBSERVED,
                "Liberia"), tmp, "d").scenario().model();
        assertThat(observedB.actors()).as("observed mode reads the activities").isNotEqualTo(observedA.actors());
        assertThat(observedA.actors()).extracting(ActorSpec::presence)
                .isEqualTo(original.actors().stream().map(ActorSpec::presence).toList());
    }

    @Test
    void observedModeRestrictsMandatesToTheMappedActivities() throws Exception {
        ModelSpec m = ThreeWFixtures.load(ThreeWFixtures.importOf(PRESENCE, ThreeWImport.Activities.OBSERVED,
                "Liberia"), tmp, "o").scenario().model();
        ActorSpec msf = m.actors().stream().filter(a -> a.id().equals("medecins-sans-frontieres-switzerland"))
                .findFirst().orElseThrow();
        assertThat(msf.mandate().include()).contains("epidemics/healthcare-services", "epidemics/prevention-outreach",
                "epidemics/response-outreach").allMatch(a -> a.startsWith("epidemics/"));
        assertThat(msf.mandate().modes()).isEmpty();
    }

    /** The shipped table with its activity column shuffled among the rows (a fixed permutation). */
    private static Path shuffledActivities(Path to) throws Exception {
        return ThreeWFixtures.copy(PRESENCE, to, lines -> {
            List<String> activities = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                activities.add(l.substring(l.lastIndexOf(',') + 1));
            }
            Collections.shuffle(activities, new Random(7));
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i);
                out.add(l.substring(0, l.lastIndexOf(',') + 1) + activities.get(i - 1));
            }
            return out;
        });
    }
}
