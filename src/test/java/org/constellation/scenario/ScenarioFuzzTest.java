package org.constellation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.constellation.experiment.Progress;
import org.constellation.experiment.SingleRun;
import org.constellation.experiment.StagedFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates valid scenario files at random (deleted and duplicated lines, values replaced by wrong
 * types, huge, negative and non-numbers, garbage bytes, deep nesting, truncation) and runs each
 * through the whole pipeline a user's {@code run} goes through. Every outcome must be either a
 * complete results folder or a clean, located validation error with no results folder at all:
 * never another exception, a hang, a half-written folder, or anything left beside or hidden in it.
 */
class ScenarioFuzzTest {

    private static final String[] VALUES = {"-1", "1e308", "-1e308", ".nan", ".inf", "x", "[]", "{}", "~", "''",
        "99999999999999999999", "true", "[a, [b, [c]]]", "0", "1000000", "-0.5", "\"\\u0000\"", "&a [1]",
        "*undefined", "!!binary AAAA"};

    /** A small valid scenario: two countries, three districts, two actors, a group, two shocks. */
    static final String SMALL = """
                name: small
                steps: 24
                region:
                  countries:
                    - id: a
                      host: {effort: 5, willingness: 0.6, priorities: {terrorism: 1}}
                    - id: b
                  districts:
                    - {id: a1, country: a, population: 100, need: {terrorism: 0.5}}
                    - {id: a2, country: a, state_presence: 0.2}
                    - {id: b1, country: b, position: [1, 2]}
                  edges:
                    - [a1, a2]
                    - {from: a2, to: b1, weight: 2}
                actors:
                  - id: m
                    organisation: un-peacekeeping
                    presence: [a1, a2]
                    capacity: 3
                    deployment: {start: 1, end: 20, personnel: 2, rotation: 6}
                  - {id: d, organisation: bilateral-donor, presence: [a1], capacity: 2, doctrine: x}
                groups:
                  - {id: g, kind: jihadist, district: a2, strength: 2}
                shocks:
                  - {kind: coup, step: 5, country: a, willingness: 0.3}
                  - {kind: epidemic-outbreak, step: 2, district: b1, magnitude: 0.4}
                coordination:
                  mechanisms:
                    - name: donor-forum
                      members: [d, m]
                      parameters: {interval: 2}
                  sharing: {name: table, base: siloed, table: {donor: {mission: {needs: 0.5}}}}
                parameters:
                  effects: {saturation: 2}
                """;

    @TempDir
    Path tmp;

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(120);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyMutationRunsOrFailsCleanly(long seed) throws IOException {
        Random random = new Random(seed);
        String base = Files.readString(seed % 3 == 0 ? Path.of("scenarios/sahel.yaml") : small());
        byte[] mutated = mutate(base, random);
        Path file = tmp.resolve("mutant.yaml");
        Files.write(file, mutated);
        Path out = tmp.resolve("out");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> runOrReject(file, out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> List.of("mutant.yaml", "small.yaml",
                    "out").contains(n));
        }
        if (Files.exists(out)) {
            try (Stream<Path> inside = Files.list(out)) {
                assertThat(inside.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
            }
        }
    }

    private static void runOrReject(Path file, Path out) throws IOException {
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).contains(":"));
            assertThat(out).doesNotExist();
            return;
        }
        try (StagedFolder staged = StagedFolder.open(out)) {
            SingleRun.execute(loaded, new SingleRun.Options(1, 3, staged.path(), false, Path.of(".")), Progress.NONE);
            staged.publish(List.of());
        }
        assertThat(out.resolve("timeseries.csv")).exists();
        assertThat(out.resolve("summary.csv")).exists();
        assertThat(out.resolve("manifest.json")).exists();
    }

    private Path small() throws IOException {
        Path p = tmp.resolve("small.yaml");
        Files.writeString(p, SMALL);
        return p;
    }

    private static byte[] mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int kind = random.nextInt(12);
        int at = random.nextInt(lines.size());
        switch (kind) {
            case 8, 9, 10, 11 -> {
                for (int i = 0; i < lines.size(); i++) {
                    if (random.nextInt(4) == 0) {
                        lines.set(i, perturbNumbers(lines.get(i), random));
                    }
                }
            }
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> lines.set(at, replaceValue(lines.get(at), VALUES[random.nextInt(VALUES.length)]));
            case 3 -> lines.set(at, replaceValue(lines.get(at), "[".repeat(200) + "]".repeat(200)));
            case 4 -> lines.set(at, replaceValue(lines.get(at), "{a: ".repeat(100) + "1" + "}".repeat(100)));
            case 5 -> {
                return garbage(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), random);
            }
            case 6 -> {
                byte[] all = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                return Arrays.copyOf(all, random.nextInt(all.length));
            }
            default -> lines.set(at, " ".repeat(random.nextInt(4)) + lines.get(at).stripLeading());
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces every number in a line by a random one of similar size (often still valid, sometimes not). */
    private static String perturbNumbers(String line, Random random) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.-])\\d+(\\.\\d+)?").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double v = Double.parseDouble(m.group());
            double r = v * random.nextDouble() * 2;
            String text = m.group(1) == null ? Long.toString(Math.round(r)) : String.format(java.util.Locale.ROOT, "%.3f", r);
            m.appendReplacement(out, text);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceValue(String line, String value) {
        int colon = line.lastIndexOf(": ");
        return colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value;
    }

    private static byte[] garbage(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }
}
