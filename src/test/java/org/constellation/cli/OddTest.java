package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRules;
import org.constellation.metrics.Metrics;
import org.constellation.model.Phase;
import org.constellation.model.activity.ActivityCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/ODD.md describes what the code has: every metric, mechanism, rule and phase, by the same names. */
class OddTest {

    private static String odd;

    @BeforeAll
    static void read() throws IOException {
        odd = Files.readString(Path.of("docs/ODD.md"));
    }

    @Test
    void everyMetricIsDefinedUnderItsName() {
        for (String name : Metrics.names()) {
            assertThat(odd).as("ODD definition of metric " + name).contains("**`" + name + "`**");
        }
    }

    @Test
    void everyMechanismAndSharingRuleHasASubmodel() {
        for (String name : Mechanisms.names()) {
            assertThat(odd).as("ODD submodel of mechanism " + name).contains("#### `" + name + "`");
        }
        java.util.List<String> headings = odd.lines().filter(l -> l.startsWith("#### ")).toList();
        for (String name : SharingRules.names()) {
            assertThat(headings).as("ODD submodel of sharing rule " + name)
                    .anySatisfy(h -> assertThat(h).contains("`" + name + "`"));
        }
    }

    @Test
    void everyPhaseIsScheduledAsDescribed() {
        for (Phase p : Phase.values()) {
            assertThat(odd).as("ODD schedule row for " + p).contains("| " + p.name() + " |");
        }
    }

    @Test
    void theCatalogueSizeIsTheOneDescribed() {
        assertThat(odd).contains(ActivityCatalogue.standard().size() + " activity types");
    }
}
