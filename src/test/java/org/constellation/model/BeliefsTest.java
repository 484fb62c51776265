package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.constellation.model.belief.Beliefs;
import org.junit.jupiter.api.Test;

class BeliefsTest {

    private final Beliefs beliefs = new Beliefs(4, 2, 0.3, 0.05, 0.002);

    @Test
    void anObservationPullsTheEstimateInProportionToItsPrecision() {
        beliefs.observe(0, 0.9, 0.05, 0);
        assertThat(beliefs.need(0)).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        beliefs.observe(1, 0.9, 1e-6, 0);
        assertThat(beliefs.need(1)).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void uncertaintyGrowsWithAgeUpToThePrior() {
        beliefs.observe(0, 0.5, 1e-6, 0);
        double fresh = beliefs.variance(0, 0);
        assertThat(beliefs.variance(0, 10)).isGreaterThan(fresh);
        assertThat(beliefs.variance(0, 10_000)).isEqualTo(0.05);
        assertThat(beliefs.age(0, 7, 24)).isEqualTo(7);
        assertThat(beliefs.age(2, 7, 24)).isEqualTo(24);
    }

    @Test
    void forgettingMovesBeliefsBackTowardsThePrior() {
        beliefs.observe(0, 0.9, 1e-6, 0);
        beliefs.observeThreat(0, 4, 1e-6, 0);
        beliefs.forget(0.5, 1);
        assertThat(beliefs.need(0)).isBetween(0.55, 0.65);
        assertThat(beliefs.variance(0, 1)).isGreaterThan(0.02);
        assertThat(beliefs.threat(0)).isEqualTo(2, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(beliefs.lastUpdate(0)).isZero();
    }
}
