package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.agents.Actor;
import org.constellation.model.belief.Beliefs;
import org.constellation.model.world.District;
import org.constellation.model.world.NeedField;
import org.junit.jupiter.api.Test;

/**
 * The snapshots a sender's needs and threat messages carry: one per sender and step, shared by all its
 * receivers, rebuilt when its beliefs, its presence or the step change, never modified once built, and equal to
 * its beliefs when built.
 */
class ReportsTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";

    private final Constellation m = new TestWorld().country("a").district("a1", "a", 0.5, 0.3)
            .district("a2", "a", 0.5, 0.6).district("a3", "a", 0.5, 0.9).edge("a1", "a2").edge("a2", "a3")
            .actor("sender", ActorType.MISSION, 4, List.of("a1", "a2"), PATROL)
            .actor("other", ActorType.UNCT_AGENCY, 2, List.of("a3"), PATROL).start(1);
    private final Actor sender = m.actor("sender");
    private final Reports reports = new Reports();

    /** What a needs report of the sender at a step must hold: its beliefs of the cells where it is present. */
    private static void assertNeedsAreTheBeliefs(Message.NeedsReport r, Actor a, int step) {
        List<Integer> cells = new ArrayList<>();
        for (District d : a.presence()) {
            for (Challenge c : Challenge.all()) {
                cells.add(NeedField.cell(d.index(), c));
            }
        }
        assertThat(r.cells()).containsExactly(cells.stream().mapToInt(Integer::intValue).toArray());
        Beliefs b = a.beliefs();
        for (int k = 0; k < r.cells().length; k++) {
            assertThat(r.estimates()[k]).isEqualTo(b.need(r.cells()[k]));
            assertThat(r.variances()[k]).isEqualTo(b.variance(r.cells()[k], step));
        }
    }

    @Test
    void receiversInOneStepShareOneNeedsSnapshotThatIsTheSendersBeliefs() {
        Message.NeedsReport first = reports.needs(sender, 3);
        assertNeedsAreTheBeliefs(first, sender, 3);
        assertThat(reports.needs(sender, 3)).as("a second receiver, same step").isSameAs(first);
        Message.NeedsReport other = reports.needs(m.actor("other"), 3);
        assertThat(other).isNotSameAs(first);
        assertNeedsAreTheBeliefs(other, m.actor("other"), 3);
        assertThat(reports.needs(sender, 3)).as("another sender's report does not displace it").isSameAs(first);
    }

    @Test
    void aNeedsSnapshotIsRebuiltWhenTheSendersBeliefsChangeAndTheOldOneStaysAsItWas() {
        Message.NeedsReport before = reports.needs(sender, 3);
        double[] estimates = before.estimates().clone();
        double[] variances = before.variances().clone();
        int cell = before.cells()[2];
        sender.beliefs().observe(cell, 0.95, 1e-4, 3);
        Message.NeedsReport after = reports.needs(sender, 3);
        assertThat(after).isNotSameAs(before);
        assertNeedsAreTheBeliefs(after, sender, 3);
        assertThat(after.estimates()[2]).isGreaterThan(estimates[2]);
        assertThat(after.cells()).as("same presence: the cells are shared").isSameAs(before.cells());
        assertThat(before.estimates()).as("never modified once built").containsExactly(estimates);
        assertThat(before.variances()).containsExactly(variances);
        assertThat(reports.needs(sender, 3)).isSameAs(after);
    }

    @Test
    void aNeedsSnapshotIsRebuiltAtANewStepAndWhenThePresenceChanges() {
        sender.beliefs().observe(firstCell(), 0.8, 1e-3, 3);
        Message.NeedsReport at3 = reports.needs(sender, 3);
        Message.NeedsReport at5 = reports.needs(sender, 5);
        assertThat(at5).isNotSameAs(at3);
        assertNeedsAreTheBeliefs(at5, sender, 5);
        assertThat(at5.variances()[0]).as("uncertainty grew with age").isGreaterThan(at3.variances()[0]);
        sender.addPresence(m.region().district("a3"));
        Message.NeedsReport moved = reports.needs(sender, 5);
        assertThat(moved).isNotSameAs(at5);
        assertNeedsAreTheBeliefs(moved, sender, 5);
        assertThat(moved.cells()).hasSize(3 * Challenge.COUNT);
    }

    /** The first cell of the sender's presence. */
    private int firstCell() {
        return NeedField.cell(sender.presence().get(0).index(), Challenge.all().get(0));
    }

    @Test
    void aThreatSnapshotIsSharedUntilTheBeliefsChangeAndHoldsTheKnownDistricts() {
        int districts = m.region().size();
        Beliefs b = sender.beliefs();
        b.observeThreat(1, 3, 0.1, 2);
        Message.ThreatReport first = reports.threats(sender, 2, districts);
        assertThat(reports.threats(sender, 2, districts)).isSameAs(first);
        assertThreatsAreTheBeliefs(first, b, districts, 2);
        b.observeThreat(1, 5, 0.1, 2);
        Message.ThreatReport again = reports.threats(sender, 2, districts);
        assertThat(again).isNotSameAs(first);
        assertThreatsAreTheBeliefs(again, b, districts, 2);
        assertThat(again.districts()).as("same districts known: shared").isSameAs(first.districts());
        assertThat(first.strengths()[0]).as("never modified once built").isLessThan(again.strengths()[0]);
        b.observeThreat(0, 1, 0.1, 2);
        Message.ThreatReport wider = reports.threats(sender, 2, districts);
        assertThreatsAreTheBeliefs(wider, b, districts, 2);
        assertThat(wider.districts()).containsExactly(0, 1);
        Message.ThreatReport later = reports.threats(sender, 4, districts);
        assertThat(later).isNotSameAs(wider);
        assertThreatsAreTheBeliefs(later, b, districts, 4);
    }

    private static void assertThreatsAreTheBeliefs(Message.ThreatReport r, Beliefs b, int districts, int step) {
        List<Integer> known = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            if (b.knowsThreat(d)) {
                known.add(d);
            }
        }
        assertThat(r.districts()).containsExactly(known.stream().mapToInt(Integer::intValue).toArray());
        for (int k = 0; k < r.districts().length; k++) {
            assertThat(r.strengths()[k]).isEqualTo(b.threat(r.districts()[k]));
            assertThat(r.variances()[k]).isEqualTo(b.threatVariance(r.districts()[k], step));
        }
    }
}
