package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.constellation.metrics.Coverage;
import org.constellation.metrics.RedundantEffort;
import org.constellation.model.Constellation;
import org.junit.jupiter.api.Test;

/** The map's per-district coverage gap and redundancy add up to the region-wide metrics of docs/metrics.md. */
class DistrictMeasuresTest {

    @Test
    void districtSumsAddUpToTheRegionWideMetrics() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 5);
        for (int step = 0; step < 30; step++) {
            gui.step();
            Constellation m = gui.model();
            DistrictMeasures d = DistrictMeasures.of(m);
            double reference = 0;
            double covered = 0;
            double effort = 0;
            double redundant = 0;
            for (int i = 0; i < m.region().size(); i++) {
                reference += d.referenceNeed(i);
                covered += d.coveredNeed(i);
                effort += d.effort(i);
                redundant += d.redundantEffort(i);
                assertThat(d.coverageGap(i)).isBetween(0.0, 1.0);
                assertThat(d.redundancy(i)).isBetween(0.0, 1.0);
            }
            assertThat(reference == 0 ? 1 : covered / reference).isCloseTo(Coverage.byNeed().measure(m), within(1e-9));
            assertThat(effort == 0 ? 0 : redundant / effort).isCloseTo(new RedundantEffort().measure(m), within(1e-9));
        }
    }
}
