package org.constellation.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates a valid document at random and checks that every outcome is either a valid document or
 * a non-empty list of located errors: never an exception, never a hang.
 */
class RobustnessPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.of(SampleSchema.SCENARIO);
    private static final int MUTATIONS_PER_SEED = 60;
    private static final String[] PIECES = {":", "- ", "[", "]", "{", "}", "\t", " ", "\n", "&a ", "*a", "!!int ", "\"",
        "'", "#", "|", ">", "%", "@", "`", "---\n", "? ", ",", "\u0000", "\uFFFF", "\u00e9", "~", ".nan", "1e999",
        "-99999999999999999999", "<<: *a", "capacity: high", "mechanismz: {}", "\r\n", "\ud800"};
    private static final String[] OVERRIDES = {"seed=3", "actors[0].capacity=2", "actors[9].name=x", "nope=1", "a..b=1",
        "[0]=1", "seed", "mechanisms.x={cost: .nan}", "output.dir=[", "actors=[]", "name=\u0007", "steps=1e400",
        "actors[0]={name: q, capacity: 0}", "mechanisms[\"a.b\"].cost=1"};

    static IntStream seeds() {
        return IntStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMutationsGiveAValidDocumentOrLocatedErrors(int seed) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Random random = new Random(seed);
            for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
                byte[] bytes = mutate(SampleSchema.VALID, random);
                List<String> sets = new ArrayList<>();
                while (random.nextInt(3) == 0) {
                    sets.add(random.nextBoolean() ? OVERRIDES[random.nextInt(OVERRIDES.length)] : randomText(random, 12));
                }
                long start = System.nanoTime();
                Result<ValidatedDocument> result = LOADER.load("m.yaml", bytes, Path.of("."), sets);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                assertLocatedOutcome(result);
            }
        });
    }

    @Test
    void arbitraryTextNeverEscapesAsAnException() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> qt().withFixedSeed(7L).withExamples(400)
                .forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(text -> assertLocatedOutcome(
                        LOADER.load("t.yaml", text.getBytes(StandardCharsets.UTF_8), Path.of("."), List.of()))));
    }

    @Test
    void arbitraryBytesAndOverridesNeverEscapeAsAnException() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> qt().withFixedSeed(11L).withExamples(400)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300),
                        strings().ascii().ofLengthBetween(0, 30))
                .checkAssert((ints, set) -> {
                    byte[] bytes = new byte[ints.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (int) ints.get(i);
                    }
                    assertLocatedOutcome(LOADER.load("b.yaml", bytes, Path.of("."), List.of(set)));
                }));
    }

    @Test
    void theUnmutatedSampleIsValid() {
        assertLocatedOutcome(LOADER.load("v.yaml", SampleSchema.VALID.getBytes(StandardCharsets.UTF_8), Path.of("."), List.of()));
        assertThat(LOADER.load("v.yaml", SampleSchema.VALID.getBytes(StandardCharsets.UTF_8), Path.of("."), List.of()).isOk())
                .isTrue();
    }

    static void assertLocatedOutcome(Result<ValidatedDocument> result) {
        if (result.isOk()) {
            assertThat(result.value()).isPresent();
            return;
        }
        assertThat(result.errors()).isNotEmpty().isSorted().allSatisfy(e -> {
            assertThat(e.source()).isNotEmpty();
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.message()).isNotBlank().doesNotContain("Exception");
            assertThat(e.render()).startsWith(e.source() + ":" + e.line() + ":" + e.column() + ": ");
        });
    }

    private static byte[] mutate(String valid, Random random) {
        String text = valid;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            text = mutateText(text, random);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // garbage byte
        }
        return bytes;
    }

    private static String mutateText(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(10)) {
            case 0: // delete a key (its line)
                lines.remove(line);
                return String.join("\n", lines);
            case 1: // change a value's type or magnitude
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                String[] values = {"high", "-1", ".nan", ".inf", "1e999", "99999999999999999999", "[]", "{}", "~", "yes",
                    "-0.0", "0x7FFFFFFFFFFFFFFFFF", "'x'", "[1, [2, [3]]]"};
                if (colon > 0) {
                    lines.set(line, l.substring(0, colon + 2) + values[random.nextInt(values.length)]);
                }
                return String.join("\n", lines);
            case 2: // truncate
                return text.substring(0, at);
            case 3: // insert a YAML-significant piece
                return text.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + text.substring(at);
            case 4: // deep nesting, flow or block
                int depth = 1 + random.nextInt(200);
                String deep = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : deepBlock(depth);
                lines.add(line, "deep: " + deep);
                return String.join("\n", lines);
            case 5: // duplicate a line (duplicate keys, extra items)
                lines.add(line, lines.get(line));
                return String.join("\n", lines);
            case 6: // re-indent a line
                lines.set(line, " ".repeat(random.nextInt(6)) + lines.get(line).strip());
                return String.join("\n", lines);
            case 7: // random noise
                return text.substring(0, at) + randomText(random, 1 + random.nextInt(20)) + text.substring(at);
            case 8: // aliases
                return "x: &a [1, 2]\n" + text + "\ny: *a\nz: *a\n";
            default: // an unknown or misspelt key
                lines.add(line, "mechanismz: 1");
                return String.join("\n", lines);
        }
    }

    private static String deepBlock(int depth) {
        StringBuilder out = new StringBuilder("\n");
        for (int i = 0; i < depth; i++) {
            out.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return out.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(random.nextInt(8) == 0 ? random.nextInt(0x2FFFF) : 32 + random.nextInt(95));
        }
        return out.toString();
    }
}
