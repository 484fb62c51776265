package org.constellation.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.constellation.metrics.CoverageGap;
import org.constellation.metrics.Duplication;
import org.constellation.model.Constellation;
import org.junit.jupiter.api.Test;

/** The map's per-district gap and duplication add up to the region-wide metrics of docs/metrics.md. */
class DistrictMeasuresTest {

    @Test
    void districtCountsAddUpToTheRegionWideMetrics() throws Exception {
        ConstellationWithUI gui = GuiFixture.started("scenarios/sahel.yaml", 5);
        for (int step = 0; step < 30; step++) {
            gui.step();
            Constellation m = gui.model();
            DistrictMeasures d = DistrictMeasures.of(m);
            int needy = 0;
            int gaps = 0;
            double effort = 0;
            double duplicated = 0;
            for (int i = 0; i < m.region().size(); i++) {
                needy += d.needyCells(i);
                gaps += d.gapCells(i);
                effort += d.effort(i);
                duplicated += d.duplicatedEffort(i);
                assertThat(d.coverageGap(i)).isBetween(0.0, 1.0);
                assertThat(d.duplication(i)).isBetween(0.0, 1.0);
            }
            double gap = needy == 0 ? 0 : (double) gaps / needy;
            assertThat(gap).isCloseTo(new CoverageGap().measure(m), within(1e-12));
            assertThat(effort == 0 ? 0 : duplicated / effort).isCloseTo(new Duplication().measure(m), within(1e-9));
        }
    }
}
