package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A valid scenario that {@code extends:} a random target: text, lists, numbers, empty and binary files,
 * folders, devices, links to devices, missing files, itself, cycles, long chains, files too large,
 * partial scenarios valid or not. It loads only when the target is a section of keys that makes a
 * valid scenario; anything else is refused with located problems, never another exception or a hang,
 * and the content of a target that is not a section of keys is never quoted back.
 */
class ExtendsFuzzTest {

    private static final String MARKER = "ZQX-CONTENT-MARKER";
    private static final int KINDS = 19;

    @TempDir
    Path tmp;

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(3 * KINDS);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyExtendsTargetLoadsOnlyIfItIsAValidScenarioPartAndIsOtherwiseALocatedError(long seed) throws Exception {
        Random random = new Random(seed);
        int kind = (int) (seed % KINDS);
        String target = target(kind, random);
        Path child = Files.writeString(tmp.resolve("child.yaml"), "extends: " + target + "\n" + ScenarioFuzzTest.SMALL);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                ScenarioLoader.load(child);
                assertThat(kind).as("loaded though it extends target kind " + kind).isIn(13);
            } catch (ScenarioException e) {
                assertThat(kind).as("refused target kind " + kind + ": " + e.problems()).isNotIn(13);
                assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p).as("located").containsPattern("^[^\\n]+:\\d+:\\d+: "));
                if (kind != 14) {
                    assertThat(String.join("\n", e.problems())).doesNotContain(MARKER);
                }
            }
        });
    }

    /** Writes (or names) a target of the given kind; returns what to write after {@code extends:}. */
    private String target(int kind, Random random) throws Exception {
        Path t = tmp.resolve("target.yaml");
        switch (kind) {
            case 0 -> Files.writeString(t, "some plain text " + MARKER + "\nand a second line\n");
            case 1 -> Files.writeString(t, "- " + MARKER + "\n- [a, b]\n");
            case 2 -> Files.writeString(t, "\"" + MARKER + "\"\n");
            case 3 -> Files.writeString(t, random.nextInt() + "\n");
            case 4 -> Files.writeString(t, random.nextBoolean() ? "" : "# only a comment " + MARKER + "\n");
            case 5 -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                Files.write(t, bytes);
            }
            case 6 -> Files.createDirectories(t);
            case 7 -> {
                return "/dev/null";
            }
            case 8 -> {
                return "/dev/zero";
            }
            case 9 -> Files.createSymbolicLink(t, Path.of("/dev/zero"));
            case 10 -> {
                return "missing-" + random.nextInt(1000) + ".yaml";
            }
            case 11 -> {
                return "child.yaml";
            }
            case 12 -> Files.writeString(t, "extends: child.yaml\nname: other\n");
            case 13 -> Files.writeString(t, "parameters:\n  effects: {saturation: " + (1 + random.nextInt(50))
                    + "}\ndescription: " + MARKER + "\n");
            case 14 -> Files.writeString(t, "parameters:\n  effects: {quick_delay_factor: " + MARKER + "}\n");
            case 15 -> Files.writeString(t, ("# " + MARKER + " padding\n").repeat(60_000));
            case 16 -> {
                for (int i = 0; i < 20; i++) {
                    Files.writeString(tmp.resolve("chain" + i + ".yaml"), "extends: chain" + (i + 1) + ".yaml\n");
                }
                Files.writeString(tmp.resolve("chain20.yaml"), "name: end\n");
                return "chain0.yaml";
            }
            case 17 -> {
                Files.writeString(tmp.resolve("words.txt"), "plain " + MARKER + "\n");
                Files.writeString(t, "extends: words.txt\n");
            }
            default -> Files.write(t, ("\uFEFF" + MARKER).getBytes(StandardCharsets.UTF_16));
        }
        return "target.yaml";
    }
}
