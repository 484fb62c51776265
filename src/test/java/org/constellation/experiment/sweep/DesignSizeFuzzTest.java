package org.constellation.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.constellation.scenario.ScenarioException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Experiments of random designs, factors and replications anywhere within the file format's limits
 * (grids of up to 1000 levels on up to 8 factors, Sobol and Latin hypercube samples up to 10 million,
 * Morris trajectories up to 100,000): each is either refused at once, at its design, with its numbers,
 * or accepted; an accepted one is within the caps and, when built, has exactly the size foreseen.
 * Nothing is built before the size is known, so no case takes long or runs out of memory.
 */
class DesignSizeFuzzTest {

    private static final String[] DESIGNS = {"grid", "latin-hypercube", "sobol", "morris"};
    private static final long BUILT_UP_TO = 32L << 20;

    @TempDir
    Path tmp;

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aDesignIsRefusedWithItsNumbersOrHasTheSizeForeseen(long seed) throws Exception {
        Random random = new Random(seed);
        Path file = Files.writeString(tmp.resolve("e.yaml"), experiment(random));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            ExperimentSpec spec;
            try {
                spec = ExperimentLoader.loadSpec(file);
            } catch (ScenarioException e) {
                assertThat(e.problems()).hasSize(1);
                assertThat(e.problems().get(0)).contains("e.yaml:").contains("design:").containsPattern(
                        "[\\d,]+ design points \\(.*\\) x \\d+ replications? = [\\d,]+ runs");
                return;
            }
            PlanSize size = PlanSize.of(spec);
            assertThat(size.runs()).isLessThanOrEqualTo(PlanSize.MAX_RUNS);
            assertThat(size.bytes()).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 2);
            if (size.bytes() <= BUILT_UP_TO) {
                RunPlan plan = new RunPlan(spec);
                assertThat((long) plan.points()).isEqualTo(size.design().points());
                assertThat(plan.runs()).isEqualTo(size.runs());
            }
        });
    }

    private static String experiment(Random random) {
        String design = DESIGNS[random.nextInt(DESIGNS.length)];
        int factors = 1 + random.nextInt(8);
        StringBuilder b = new StringBuilder("name: fuzz\nscenario: sahel\nsteps: 2\nreplications: ")
                .append(1 + (random.nextBoolean() ? random.nextInt(4) : random.nextInt(100_000))).append("\nfactors:\n");
        for (int i = 0; i < factors; i++) {
            b.append("  - {name: f").append(i).append(", path: parameters.effects.saturation");
            switch (random.nextInt(3)) {
                case 0 -> b.append(", values: [1, 2, 3]}\n");
                case 1 -> b.append(", min: 1, max: ").append(2 + random.nextInt(2000)).append(", integer: true}\n");
                default -> b.append(", min: 0.5, max: 6}\n");
            }
        }
        b.append("design: {type: ").append(design);
        switch (design) {
            case "grid" -> b.append(", levels: ").append(2 + random.nextInt(random.nextBoolean() ? 10 : 999));
            case "morris" -> b.append(", trajectories: ").append(1 + random.nextInt(random.nextBoolean() ? 100 : 100_000))
                    .append(", grid_levels: ").append(2 * (1 + random.nextInt(50)));
            default -> b.append(", samples: ").append(1 + random.nextInt(random.nextBoolean() ? 1000 : 10_000_000));
        }
        return b.append("}\n").toString();
    }
}
