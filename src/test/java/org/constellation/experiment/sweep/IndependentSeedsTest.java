package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** seeds: common gives replicate r the same seed at every point; seeds: independent gives every run its own. */
class IndependentSeedsTest {

    @TempDir
    Path tmp;

    @Test
    void commonSeedsRepeatAcrossPointsAndIndependentSeedsDoNot() throws Exception {
        RunPlan common = new RunPlan(Sweeps.load(tmp, Sweeps.SMALL).spec());
        RunPlan independent = new RunPlan(Sweeps.load(tmp, Sweeps.SMALL + "seeds: independent\n").spec());
        assertThat(common.runs()).isEqualTo(independent.runs()).isEqualTo(8);
        Set<Long> commonSeeds = new HashSet<>();
        Set<Long> independentSeeds = new HashSet<>();
        for (long id = 0; id < common.runs(); id++) {
            commonSeeds.add(common.run(id).seed());
            independentSeeds.add(independent.run(id).seed());
            assertThat(independent.run(id).point()).isEqualTo(common.run(id).point());
        }
        assertThat(commonSeeds).hasSize(2);
        assertThat(independentSeeds).hasSize(8);
        assertThat(independent.run(0).seed()).isEqualTo(common.run(0).seed());
    }

    @Test
    void theSeedPlanIsPartOfWhatARunIs() throws Exception {
        ExperimentSpec common = Sweeps.load(tmp, Sweeps.SMALL).spec();
        ExperimentSpec independent = Sweeps.load(tmp, Sweeps.SMALL + "seeds: independent\n").spec();
        assertThat(common.sameRuns(independent)).isFalse();
    }
}
