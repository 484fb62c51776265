package org.constellation.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.InformationSharingRule;
import org.constellation.model.spec.GroupKind;
import org.junit.jupiter.api.Test;

/** The direction of each information-sharing rule's effect against none, over several seeds. */
class SharingRulesTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String HEALTHCARE = "epidemics/healthcare-services";

    /** A blind mission and a seeing partner of the given type and organisation, both in a1 and a2. */
    private static Supplier<TestWorld> pair(ActorType partnerType, String organisation, Supplier<InformationSharingRule> rule) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.7)
                    .actor("mission", ActorType.MISSION, 1, List.of("a1", "a2"), PATROL).sensing("mission", 0, 0, 0.0)
                    .actor("partner", partnerType, 1, List.of("a1", "a2"), HEALTHCARE)
                    .organisation("partner", organisation);
            return rule == null ? w : w.sharing(rule.get());
        };
    }

    /** The mission's belief error, averaged over steps and seeds. */
    private static double error(Supplier<TestWorld> world) {
        return error(world, 8);
    }

    private static double error(Supplier<TestWorld> world, int seeds) {
        return Runs.mean(world, seeds, 12, o -> o.series().mean("belief_error"));
    }

    @Test
    void openSharingTellsTheBlindWhatOthersSee() {
        assertThat(error(pair(ActorType.UNCT_AGENCY, "undp", () -> Runs.rule("open"))))
                .isLessThan(error(pair(ActorType.UNCT_AGENCY, "undp", null)) * 0.3);
    }

    /** Sources-default, with the host silenced so that only the partner can inform the mission. */
    private static InformationSharingRule sourcesDefaultWithoutHost() {
        return SharingRules.create("table", Map.of(), Map.of(),
                Map.of("host-government", Map.of("mission", Map.of("needs", 0.0, "plans", 0.0, "intel", 0.0))));
    }

    @Test
    void underTheSourcesDefaultDonorsShareLessThanAgencies() {
        double fromAgency = error(pair(ActorType.UNCT_AGENCY, "undp", SharingRulesTest::sourcesDefaultWithoutHost));
        double fromDonor = error(pair(ActorType.DONOR, "bilateral-donor", SharingRulesTest::sourcesDefaultWithoutHost));
        assertThat(fromAgency).isLessThan(fromDonor * 0.8);
    }

    @Test
    void siloedSharingStaysWithinAnOrganisation() {
        // within the organisation the partner passes its needs at 0.3 a step: about 40% less error over many seeds
        double sameOrganisation = error(pair(ActorType.MISSION, "un-peacekeeping", () -> Runs.rule("siloed")), 24);
        double otherOrganisation = error(pair(ActorType.MISSION, "au", () -> Runs.rule("siloed")), 24);
        double none = error(pair(ActorType.MISSION, "au", null), 24);
        assertThat(sameOrganisation).isLessThan(none * 0.7);
        assertThat(otherOrganisation).isEqualTo(none, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aTableOverrideChangesWhoShares() {
        Supplier<InformationSharingRule> generousDonors = () -> SharingRules.create("table", Map.of(), Map.of(),
                Map.of("donor", Map.of("mission", Map.of("needs", 1.0)),
                        "host-government", Map.of("mission", Map.of("needs", 0.0))));
        assertThat(error(pair(ActorType.DONOR, "bilateral-donor", generousDonors)))
                .isLessThan(error(pair(ActorType.DONOR, "bilateral-donor", SharingRulesTest::sourcesDefaultWithoutHost))
                        * 0.6);
    }

    @Test
    void lowWorkingTrustMeansLessSharing() {
        Supplier<TestWorld> trusting = pair(ActorType.UNCT_AGENCY, "undp", () -> Runs.rule("sources-default"));
        Supplier<TestWorld> distrustful = () -> trusting.get().parameter("relations.initial", 0.05);
        double many = Runs.mean(trusting, 6, 12, o -> o.model().mailbox().delivered());
        double few = Runs.mean(distrustful, 6, 12, o -> o.model().mailbox().delivered());
        assertThat(few).isLessThan(many * 0.3);
    }

    private static Supplier<TestWorld> neighbours(Supplier<InformationSharingRule> rule, boolean crossBorder) {
        return () -> {
            TestWorld w = TestWorld.acrossBorder(0.5).group("g", GroupKind.JIHADIST, "a1", 3)
                    .parameter("groups.move_sensitivity", 0)
                    .actor("watcher", ActorType.MISSION, 1, List.of("a1"), PATROL)
                    .actor("guard", ActorType.MISSION, 1, List.of(crossBorder ? "b1" : "a1"), PATROL)
                    .organisation("guard", "au");
            return w.sharing(rule.get());
        };
    }

    private static double guardsThreatBelief(Runs.Outcome o) {
        return o.model().actor("guard").beliefs().threat(0);
    }

    @Test
    void needToKnowKeepsIntelligenceInHouse() {
        assertThat(Runs.mean(neighbours(() -> Runs.rule("open"), true), 4, 6, SharingRulesTest::guardsThreatBelief))
                .isGreaterThan(1.0);
        Supplier<TestWorld> inCountry = neighbours(() -> Runs.rule("need-to-know"), false);
        var o = Runs.run(inCountry.get(), 1, 6);
        assertThat(o.model().actor("guard").beliefs().knowsThreat(0)).isTrue();
        Supplier<TestWorld> abroad = neighbours(() -> Runs.rule("need-to-know"), true);
        assertThat(Runs.mean(abroad, 4, 6, SharingRulesTest::guardsThreatBelief)).isZero();
    }

    @Test
    void sharingAcrossBordersNeedsTheCrossBorderSetting() {
        Supplier<InformationSharingRule> national = () -> Runs.rule("sources-default");
        Supplier<InformationSharingRule> regional = () -> SharingRules.create("sources-default",
                Map.of("cross_border", 1.0), Map.of(), Map.of());
        assertThat(Runs.mean(neighbours(national, true), 4, 12, SharingRulesTest::guardsThreatBelief)).isZero();
        assertThat(Runs.mean(neighbours(regional, true), 4, 12, SharingRulesTest::guardsThreatBelief)).isGreaterThan(0.5);
    }
}
