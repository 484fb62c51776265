package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.constellation.model.Constellation;
import org.constellation.model.Institution;
import org.constellation.model.agents.Actor;
import org.constellation.model.agents.HostGovernment;
import org.constellation.model.agents.Status;
import org.constellation.model.spec.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * Host politics the model produces (ODD 7.9, 7.10): consent that moves without shocks, a withdrawal the model
 * makes, partners played off against each other, capture per institution, and intelligence that leaks.
 */
class HostPoliticsTest {

    /** A country whose police are captured, a trafficking network, and a mission able to enforce against it. */
    private static final String WORLD = """
            name: politics
            region:
              countries:
                - id: a
                  host: {consent: CONSENT, willingness: 0.6, capture: {police: 0.8, default: 0.1}, priorities: {terrorism: 1.0}}
              districts:
                - {id: a1, country: a, state_presence: 0.4, need: {organized-crime: 0.6}, driver: {organized-crime: 0.5}}
                - {id: a2, country: a, state_presence: 0.6}
              edges: [[a1, a2]]
            actors:
              - id: enforcer
                organisation: un-peacekeeping
                presence: [a1, a2]
                capacity: 30
                executive: true
                mandate: {priorities: {organized-crime: 1.0}, flags: [enforcement]}
              - id: builder
                organisation: un-peacekeeping
                presence: [a1, a2]
                capacity: 10
                mandate: {priorities: {terrorism: 1.0, protection-of-civilians: 1.0}}
            groups:
              - {id: network, kind: trafficking-network, district: a1, strength: 4, regime_ties: TIES}
            parameters:
              groups: {move_sensitivity: 0}
            """;

    private static Constellation world(double consent, double ties) throws Exception {
        return YamlFixture.started(WORLD.replace("CONSENT", Double.toString(consent)).replace("TIES", Double.toString(ties)), 3);
    }

    private static HostGovernment host(Constellation m) {
        return m.host(m.region().country("a"));
    }

    @Test
    void inTheSahelWithEveryShockRemovedConsentStillMoves() throws Exception {
        var loaded = ScenarioLoader.load(Path.of("scenarios/sahel.yaml"));
        ModelSpec spec = loaded.scenario().model();
        ModelSpec calm = new ModelSpec(spec.name(), spec.region(), spec.actors(), spec.groups(), List.of(),
                spec.parameters());
        assertThat(spec.shocks()).isNotEmpty();
        var scenario = loaded.scenario();
        Constellation m = new Constellation(42, calm, scenario.createMechanisms(), scenario.createSharingRule());
        m.start();
        double[] start = new double[3];
        double[] low = {1, 1, 1};
        double[] high = {0, 0, 0};
        for (int t = 0; t < 120; t++) {
            m.run(1);
            for (int c = 0; c < 3; c++) {
                HostGovernment h = m.host(m.region().countries().get(c));
                if (t == 0) {
                    start[c] = h.consent();
                }
                low[c] = Math.min(low[c], h.consent());
                high[c] = Math.max(high[c], h.consent());
            }
        }
        double widest = 0;
        for (int c = 0; c < 3; c++) {
            widest = Math.max(widest, high[c] - low[c]);
        }
        assertThat(widest).as("range of some host's consent over ten years without a shock").isGreaterThan(0.05);
    }

    @Test
    void theModelForcesAMissionOutThatEnforcesAgainstTheRegimesNetwork() throws Exception {
        Constellation tied = world(0.7, 1.0);
        Constellation untied = world(0.7, 0.0);
        Actor enforcer = tied.actor("enforcer");
        int withdrawn = -1;
        for (int t = 0; t < 120 && enforcer.status() != Status.CLOSED; t++) {
            tied.run(1);
            untied.run(1);
            if (withdrawn < 0 && host(tied).hasWithdrawn(enforcer)) {
                withdrawn = tied.step();
                assertThat(enforcer.announcedEnd(withdrawn)).isEqualTo(withdrawn + 6);
            }
        }
        assertThat(withdrawn).as("step of the withdrawal: consent fell first").isGreaterThan(0);
        assertThat(enforcer.status()).isEqualTo(Status.CLOSED);
        int exit = withdrawn + 6;
        assertThat(tied.closures()).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo(enforcer.index());
            assertThat(r.step()).isEqualTo(exit);
        });
        assertThat(host(untied).hasWithdrawn(untied.actor("enforcer"))).isFalse();
        assertThat(host(untied).consent()).isGreaterThan(host(tied).consent());
    }

    @Test
    void aHostConsentsLessToThePartnerWhoseTermsSuitItLess() throws Exception {
        Constellation m = world(0.9, 1.0);
        m.run(24);
        HostGovernment h = host(m);
        assertThat(h.consentTo(m.actor("enforcer"), m)).isLessThan(h.consent());
        assertThat(h.consentTo(m.actor("builder"), m)).isGreaterThan(h.consentTo(m.actor("enforcer"), m));
    }

    @Test
    void captureIsReadPerInstitution() throws Exception {
        Constellation m = world(0.9, 0.5);
        assertThat(host(m).capture(Institution.POLICE)).isEqualTo(0.8);
        assertThat(host(m).capture(Institution.HEALTH)).isEqualTo(0.1);
        assertThat(m.groups().get(0).ties(m)).isEqualTo(0.5);
        Constellation derived = YamlFixture.started(WORLD.replace("CONSENT", "0.9").replace(", regime_ties: TIES", ""), 3);
        assertThat(derived.groups().get(0).ties(derived)).as("ties of a network policed by the police")
                .isEqualTo(0.8);
    }

    @Test
    void intelligenceSharedWithACapturedPoliceWarnsTheTiedNetwork() throws Exception {
        String sharing = """
                coordination:
                  mechanisms: [none]
                  sharing:
                    name: table
                    base: sources-default
                    table:
                      mission: {host-government: {needs: 0.9, intel: 0.9}}
                """;
        String yaml = WORLD.replace("CONSENT", "0.9") + sharing;
        Constellation tied = YamlFixture.started(yaml.replace("TIES", "1.0"), 5);
        Constellation clean = YamlFixture.started(yaml.replace("TIES", "0.0"), 5);
        tied.run(36);
        clean.run(36);
        assertThat(tied.groups().get(0).leaks()).isGreaterThan(0);
        assertThat(clean.groups().get(0).leaks()).isZero();
    }

    @Test
    void aCaptureSectionNamingAnUnknownInstitutionIsALocatedError() throws Exception {
        List<String> problems = YamlFixture.problems(WORLD.replace("CONSENT", "0.9").replace("TIES", "0.5")
                .replace("police: 0.8", "polis: 0.8"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("s.yaml:5:").contains("capture")
                .contains("polis"));
    }
}
