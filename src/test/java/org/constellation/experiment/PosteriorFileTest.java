package org.constellation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calibration's posterior.csv read back: medians, particles, draws, and located errors. */
class PosteriorFileTest {

    private static final String POSTERIOR = """
            particle,generation,weight,distance,parameters.effects.saturation,parameters.planning.known_plan_memory
            0,3,0.1,0.5,2.5,4
            1,3,0.2,0.4,1.5,2
            2,3,0.3,0.3,3.5,3
            3,3,0.4,0.2,4.5,5
            """;

    @TempDir
    Path tmp;

    private Path write(String text) throws IOException {
        Path file = tmp.resolve("posterior.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theWeightedMedianIsAParticlesValueAndParticlesAreJointDraws() throws Exception {
        PosteriorFile p = PosteriorFile.read(write(POSTERIOR));
        assertThat(p.paths()).containsExactly("parameters.effects.saturation", "parameters.planning.known_plan_memory");
        assertThat(p.medianOverrides()).containsExactly("parameters.effects.saturation=3.5",
                "parameters.planning.known_plan_memory=3");
        assertThat(p.particleOverrides(1)).containsExactly("parameters.effects.saturation=1.5",
                "parameters.planning.known_plan_memory=2");
        assertThatThrownBy(() -> p.particleOverrides(4)).hasMessageContaining("particles 0 to 3");
    }

    @Test
    void drawsFollowTheWeightsAndDependOnlyOnTheSeed() throws Exception {
        PosteriorFile p = PosteriorFile.read(write(POSTERIOR));
        int[] draws = p.draw(1000, 7);
        int[] counts = new int[4];
        Arrays.stream(draws).forEach(i -> counts[i]++);
        assertThat(counts).containsExactly(100, 200, 300, 400);
        assertThat(p.draw(1000, 7)).isEqualTo(draws);
    }

    @Test
    void badFilesAreLocated() throws Exception {
        assertThatThrownBy(() -> PosteriorFile.read(write("a,b\n1,2\n"))).hasMessageContaining("posterior.csv:1:")
                .hasMessageContaining("particle,generation,weight,distance");
        assertThatThrownBy(() -> PosteriorFile.read(write(POSTERIOR.replace("0.3,0.3,3.5", "0.3,0.3,x"))))
                .hasMessageContaining("posterior.csv:4:").hasMessageContaining("parameters.effects.saturation");
        assertThatThrownBy(() -> PosteriorFile.read(write(POSTERIOR.replace("0,3,0.1,0.5,2.5,4", "0,3,0.1,0.5,2.5"))))
                .hasMessageContaining("posterior.csv:2:").hasMessageContaining("5 fields, expected 6");
        assertThatThrownBy(() -> PosteriorFile.read(tmp.resolve("none.csv"))).hasMessageContaining("no such file");
    }
}
