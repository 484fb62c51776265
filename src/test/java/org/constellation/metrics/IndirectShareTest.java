package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.junit.jupiter.api.Test;

/** indirect_share counts only actors allowed both modes, and only moves when their mix of modes moves. */
class IndirectShareTest {

    private static final String PATROL = "protection-of-civilians/physical-protection";
    private static final String SUPPORT = "protection-of-civilians/supporting-authorities-to-protect-civilians";

    /** A model ready for a hand-written step: an agency allowed both modes and a donor allowed indirect only. */
    private static Constellation working() {
        return MetricsTest.working(TestWorld.twoDistricts(0.5)
                .actor("agency", ActorType.UNCT_AGENCY, 4, List.of("a1", "a2"), PATROL, SUPPORT)
                .actor("donor", ActorType.DONOR, 4, List.of("a1"), SUPPORT).start(1));
    }

    private static void record(Constellation m, String actor, String activity, double effort) {
        m.ledger().record(m.actor(actor).index(), 0, m.catalogue().find(activity).index(), effort);
    }

    @Test
    void itIsTheIndirectPartOfWhatActorsAllowedBothModesDo() {
        Constellation m = working();
        record(m, "agency", PATROL, 3);
        record(m, "agency", SUPPORT, 1);
        assertThat(IndirectShare.allowsBoth(m.actor("agency"), m)).isTrue();
        assertThat(IndirectShare.allowsBoth(m.actor("donor"), m)).isFalse();
        assertThat(new IndirectShare().measure(m)).isCloseTo(0.25, offset(1e-12));
    }

    @Test
    void anActorAllowedOneModeDoesNotMoveIt() {
        Constellation before = working();
        Constellation after = working();
        for (Constellation m : List.of(before, after)) {
            record(m, "agency", PATROL, 3);
            record(m, "agency", SUPPORT, 1);
        }
        record(after, "donor", SUPPORT, 4);
        assertThat(new IndirectShare().measure(after)).isEqualTo(new IndirectShare().measure(before));
    }

    @Test
    void movingEffortFromDirectToIndirectRaisesIt() {
        Constellation before = working();
        Constellation after = working();
        record(before, "agency", PATROL, 3);
        record(before, "agency", SUPPORT, 1);
        record(after, "agency", PATROL, 2);
        record(after, "agency", SUPPORT, 2);
        assertThat(new IndirectShare().measure(after)).isGreaterThan(new IndirectShare().measure(before));
        assertThat(new IndirectShare().measure(working())).as("no effort").isZero();
    }
}
