package org.constellation.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constellation.coordination.Activities.HEALTH_SUPPORT;
import static org.constellation.coordination.Activities.MEDIATION;
import static org.constellation.coordination.Activities.PATROL;
import static org.constellation.coordination.Activities.TRAIN_POLICE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.constellation.Runs;
import org.constellation.TestWorld;
import org.constellation.metrics.Metrics;
import org.constellation.model.ActorType;
import org.constellation.model.Challenge;
import org.constellation.model.spec.ShockSpec;
import org.junit.jupiter.api.Test;

/** A national strategy and a pooled fund. */
class HostAndFundingTest {

    private static Supplier<TestWorld> hosted(double willingness, boolean strategy) {
        return () -> {
            Map<Challenge, Double> priorities = new EnumMap<>(Challenge.class);
            for (Challenge c : Challenge.all()) {
                priorities.put(c, 0.3);
            }
            priorities.put(Challenge.PROTECTION_OF_CIVILIANS, 1.0);
            priorities.put(Challenge.ENVIRONMENT, 0.0);
            TestWorld w = new TestWorld().country("a", willingness, 0, 0.9, 0).host(priorities, true)
                    .district("a1", "a", 0.5, 0.5).district("a2", "a", 0.5, 0.5).edge("a1", "a2")
                    .actor("mission", ActorType.MISSION, 4, List.of("a1", "a2"), PATROL, MEDIATION);
            return strategy ? w.mechanism(Runs.mechanism("national-strategy")) : w;
        };
    }

    private static double protectionShare(Supplier<TestWorld> world) {
        return Runs.mean(world, 4, 24, o -> o.effort("mission", "protection-of-civilians") / o.effort("mission"));
    }

    @Test
    void partnersAlignToAnAbleAndWillingHostsStrategy() {
        assertThat(protectionShare(hosted(0.8, true))).isGreaterThan(protectionShare(hosted(0.8, false)) + 0.1);
    }

    @Test
    void anUnwillingHostLeadsNothing() {
        for (long seed = 1; seed <= 3; seed++) {
            var with = Runs.run(hosted(0.2, true).get(), seed, 24);
            var without = Runs.run(hosted(0.2, false).get(), seed, 24);
            for (String metric : Metrics.names()) {
                assertThat(with.series().column(metric)).as(metric).containsExactly(without.series().column(metric));
            }
        }
    }

    private static Supplier<TestWorld> earmarked(boolean pooled) {
        return () -> {
            TestWorld w = TestWorld.twoDistricts(0.4)
                    .actor("d1", ActorType.DONOR, 2, List.of("a1", "a2"), TRAIN_POLICE, HEALTH_SUPPORT).replan("d1", 12);
            w.parameter("needs.epidemics.decay", 0.0).parameter("needs.epidemics.growth", 0.0)
                    .shock(new ShockSpec.EpidemicOutbreak(2, "a1", 0.6)).shock(new ShockSpec.EpidemicOutbreak(2, "a2", 0.6));
            return pooled ? w.mechanism(Runs.mechanism("pooled-fund")) : w;
        };
    }

    @Test
    void aPooledFundLoosensEarmarksSoDonorsAdaptToAShock() {
        double earmarked = Runs.mean(earmarked(false), 4, 12, o -> o.effort("d1", "epidemics"));
        double pooled = Runs.mean(earmarked(true), 4, 12, o -> o.effort("d1", "epidemics"));
        assertThat(pooled).isGreaterThan(earmarked * 1.3);
    }

    @Test
    void aPooledFundCostsItsMembersAFee() {
        assertThat(Runs.meanMetric(earmarked(true), 2, 6, "coordination_cost")).isGreaterThan(0.02);
    }
}
