package org.constellation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.constellation.TestWorld;
import org.constellation.model.ActorType;
import org.constellation.model.Constellation;
import org.constellation.model.ExternalDecisions;
import org.constellation.model.activity.Target;
import org.constellation.model.agents.Actor;
import org.constellation.model.plan.Plan;
import org.constellation.model.plan.PlannedActivity;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The cell-by-cell breakdown gives the metrics back: the redundant effort it attributes to actors sums to
 * redundant_effort's numerator, the largest contributor is never charged, the cells in need within reach
 * give coverage_by_need and coverage_by_cell, those out of reach give out_of_reach; and each actor's
 * effort sums to the metrics' denominator. Over the first year of the Sahel, with two actors piling onto
 * one cell, and of a small world with a district nobody can reach, so that every one of them is nonzero.
 */
class CellBreakdownTest {

    /**
     * MINUSMA and UNDP both put their whole budget on providing security in Bamako, which takes
     * the cell beyond saturation (the automated planners, which see diminishing returns, rarely do).
     */
    private static final class PileOn implements ExternalDecisions {
        private static final long serialVersionUID = 1L;

        @Override
        public Plan plan(Actor actor, Constellation model, double budget) {
            if (!actor.id().equals("minusma") && !actor.id().equals("undp-mali")) {
                return null;
            }
            int activity = model.catalogue().find("protection-of-civilians/provision-of-security").index();
            return new Plan(actor.index(), model.step(), List.of(new PlannedActivity(
                    model.region().district("bamako").index(), activity, budget)));
        }
    }

    @Test
    void theBreakdownSumsBackToTheMetrics() throws Exception {
        Constellation sahel = ScenarioLoader.load(Path.of("scenarios/sahel.yaml")).scenario().newModel(42);
        sahel.start();
        sahel.decideWith(new PileOn());
        Constellation small = new TestWorld().country("a").district("a1", "a", 0.7, 0.5)
                .district("a2", "a", 0.9, 0.2).edge("a1", "a2")
                .actor("mission", ActorType.MISSION, 8, List.of("a1"), "protection-of-civilians/physical-protection")
                .actor("agency", ActorType.UNCT_AGENCY, 6, List.of("a1"), "protection-of-civilians/physical-protection")
                .start(3);
        boolean[] sahelSaw = sumsBack(sahel);
        boolean[] smallSaw = sumsBack(small);
        assertThat(sahelSaw[0]).as("some redundant effort in the Sahel").isTrue();
        assertThat(sahelSaw[1]).as("some complementary effort in the Sahel").isTrue();
        assertThat(smallSaw[2]).as("need out of reach in a2").isTrue();
    }

    /** Checks a year of steps; says whether it saw redundant effort, complementary effort, need out of reach. */
    private static boolean[] sumsBack(Constellation m) {
        boolean sawRedundancy = false;
        boolean sawSharing = false;
        boolean sawOutOfReach = false;
        for (int step = 0; step < 12; step++) {
            m.schedule.step(m);
            CellBreakdown b = CellBreakdown.of(m);
            double redundant = 0;
            double complementary = 0;
            for (CellBreakdown.Shared r : b.shared()) {
                assertThat(r.redundantBy(r.largest()) + r.complementaryBy(r.largest())).isZero();
                assertThat(r.others()).isNotEmpty();
                assertThat(r.others().values()).allMatch(e -> e <= r.largestEffort());
                double mine = r.others().keySet().stream().mapToDouble(r::redundantBy).sum();
                assertThat(mine).isCloseTo(r.redundant(), offset(1e-9));
                redundant += mine;
                complementary += r.others().keySet().stream().mapToDouble(r::complementaryBy).sum();
            }
            sawRedundancy |= redundant > 0;
            sawSharing |= complementary > 0;
            double total = b.totalEffort();
            assertThat(total).isPositive();
            assertThat(redundant / total).as("step %d", step).isCloseTo(new RedundantEffort().measure(m),
                    offset(1e-9));
            assertThat(complementary / total).as("step %d", step).isCloseTo(new ComplementaryEffort().measure(m),
                    offset(1e-9));
            double[] byNeed = new double[2];
            double[] byCell = new double[2];
            double out = 0;
            double all = 0;
            for (CellBreakdown.NeedCell c : b.inNeed()) {
                all += c.weight();
                if (c.withinReach()) {
                    byNeed[0] += c.weight();
                    byNeed[1] += c.weight() * c.share();
                    byCell[0]++;
                    byCell[1] += c.share();
                } else {
                    out += c.weight();
                }
            }
            sawOutOfReach |= out > 0;
            assertThat(byNeed[1] / byNeed[0]).isCloseTo(Coverage.byNeed().measure(m), offset(1e-9));
            assertThat(byCell[1] / byCell[0]).isCloseTo(Coverage.byCell().measure(m), offset(1e-9));
            assertThat(out / all).isCloseTo(new OutOfReach().measure(m), offset(1e-9));
        }
        return new boolean[] {sawRedundancy, sawSharing, sawOutOfReach};
    }

    @Test
    void anActorThatAddsBeyondSaturationIsChargedInProportionToItsEffort() {
        CellBreakdown.Shared r = new CellBreakdown.Shared(3, Target.CONSEQUENCES, 0, 10, 6, 3, Map.of(1, 4.0, 2, 2.0));
        assertThat(r.redundantBy(1)).isCloseTo(4, offset(1e-12));
        assertThat(r.redundantBy(2)).isCloseTo(2, offset(1e-12));
        assertThat(r.complementaryBy(1)).isCloseTo(2, offset(1e-12));
        assertThat(r.redundantBy(0)).isZero();
        assertThat(r.complementaryBy(7)).isZero();
    }
}
