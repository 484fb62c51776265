package org.constellation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.constellation.model.world.InstitutionState;
import org.junit.jupiter.api.Test;

/** The imprint sums, kept between changes, are exactly those summed afresh at every read. */
class InstitutionImprintTest {

    @Test
    void incoherenceAndTotalFollowEveryImprintAndFade() {
        InstitutionState state = new InstitutionState(Institution.POLICE, 0.4, 2);
        Map<String, Double> mirror = new LinkedHashMap<>();
        Random random = new Random(11);
        String[] doctrines = {"un", "eu", "bilateral", "au"};
        assertThat(state.incoherence()).isZero();
        for (int i = 0; i < 500; i++) {
            if (random.nextInt(4) == 0) {
                double share = random.nextDouble() * 0.3;
                state.fadeImprints(share);
                mirror.replaceAll((k, v) -> v * (1 - share));
            } else {
                String doctrine = doctrines[random.nextInt(doctrines.length)];
                double amount = random.nextDouble() * (i % 7 == 0 ? 1e-10 : 1);
                state.imprint(doctrine, amount);
                mirror.merge(doctrine, amount, Double::sum);
            }
            assertThat(state.totalImprint()).isEqualTo(total(mirror));
            assertThat(state.incoherence()).isEqualTo(incoherence(mirror));
            assertThat(state.incoherence()).isEqualTo(incoherence(mirror));
        }
    }

    @Test
    void oneDoctrineIsCoherentAndTwoEqualOnesAreHalfIncoherent() {
        InstitutionState state = new InstitutionState(Institution.JUSTICE, 0.4, 2);
        state.imprint("un", 1);
        assertThat(state.incoherence()).isZero();
        state.imprint("eu", 1);
        assertThat(state.incoherence()).isEqualTo(0.5);
        state.fadeImprints(1);
        assertThat(state.totalImprint()).isZero();
        assertThat(state.incoherence()).isZero();
    }

    private static double total(Map<String, Double> imprint) {
        double total = 0;
        for (double v : imprint.values()) {
            total += v;
        }
        return total;
    }

    private static double incoherence(Map<String, Double> imprint) {
        double total = total(imprint);
        if (total <= 1e-9) {
            return 0;
        }
        double sumSquares = 0;
        for (double v : imprint.values()) {
            sumSquares += (v / total) * (v / total);
        }
        return 1 - sumSquares;
    }
}
