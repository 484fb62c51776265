package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.constellation.support.FolderState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output folders tampered with at random (a run's, a sweep's, an empty one, or none): files replaced by
 * symbolic links to a file or folder elsewhere, by folders, or by damaged content; files of the user's
 * added. A run's folder may hold its 3W comparison, and a folder may be a comparison's. Then a random
 * command is pointed at the folder: run (with or without --replace, or with --compare-3w), sweep, sweep
 * --resume, analyze, plot, merge, slurm or compare-3w (with or without --replace). Each ends with status
 * 0 or a user error (2), never an internal error, and nothing outside the folder (the link targets
 * included) is written, appended, created or deleted. Any symbolic link where Constellation would write
 * is refused.
 */
class OutputFolderFuzzTest {

    private static final String[] NAMES = {"runs.csv", "points.csv", "summary.csv", "manifest.json", "experiment.yaml",
        "report.html", "timeseries.csv", "timeseries.csv.gz", ".timeseries.partial.csv", ".lock", ".origin",
        "shard.txt", "charts", "charts/coordination.png", "slurm", "differences.csv", "who-does-what-where.csv",
        ".summary.csv.99999999-1.partial", ".staging-99999999-1", "compare-3w", "compare-3w/cells.csv",
        "comparison.csv", "activity-mix.svg"};
    private static final String[] DAMAGE = {"", "{}", "[1, 2]", "garbage,with,commas\n1,2,3\n", "x/y\n",
        "scenario_sha256=0\nversion=0\n", "name: other\n", "\u0000\u0001\u0002"};

    @TempDir
    static Path templates;
    @TempDir
    Path tmp;

    static Path experiment;
    static Path scenario;
    static Path observed;

    @BeforeAll
    static void templates() throws Exception {
        experiment = Files.writeString(templates.resolve("tiny.yaml"), ResultsFolderSafetyTest.TINY);
        scenario = Files.writeString(templates.resolve("tiny-scenario.yaml"), DataCommandsTest.TINY);
        observed = Files.writeString(templates.resolve("observed.csv"), DataCommandsTest.OBSERVED);
        ok("run", scenario.toString(), "--no-charts", "--compare-3w", observed.toString(), "--out",
                templates.resolve("compared").toString());
        ok("compare-3w", observed.toString(), templates.resolve("compared").toString(), "--out",
                templates.resolve("comparison").toString());
        ok("run", "borderlands", "--steps", "2", "--no-charts", "--out", templates.resolve("run").toString());
        ok("sweep", experiment.toString(), "--threads", "1", "--no-charts", "--out", templates.resolve("sweep").toString());
        for (int i = 1; i <= 2; i++) {
            ok("sweep", experiment.toString(), "--threads", "1", "--shard", i + "/2", "--out",
                    templates.resolve("shards/s" + i).toString());
        }
    }

    private static void ok(String... args) {
        String[] r = execute(args);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
    }

    private static String[] execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aTamperedFolderIsUsedOrRefusedCleanlyAndNothingOutsideItIsTouched(long seed) throws Exception {
        Random random = new Random(seed);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "a user's file\n".repeat(5));
        Files.createDirectories(outside.resolve("folder"));
        Files.writeString(outside.resolve("folder/inside.txt"), "kept\n");
        Path folder = tmp.resolve("out");
        String base = new String[] {"run", "sweep", "empty", "none", "compared", "comparison"}[random.nextInt(6)];
        if (!base.equals("none")) {
            copy(templates.resolve(base.equals("empty") ? "nothing" : base), folder);
        }
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            tamper(folder, outside, random);
        }
        boolean linked = linked(folder) || linked(folder.resolve("charts")) || linked(folder.resolve("compare-3w"));
        Map<String, String> before = FolderState.of(outside);
        String[] command = command(random.nextInt(11), folder);
        String[] r = new String[3];
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> System.arraycopy(execute(command), 0, r, 0, 3));
        String said = String.join(" ", command) + " -> " + r[0] + ": " + r[2];
        assertThat(r[0]).as(said).isIn("0", "2");
        assertThat(r[2]).as(said).doesNotContain("internal error");
        assertThat(FolderState.of(outside)).as(said).isEqualTo(before);
        if (linked) {
            assertThat(r[0]).as("a link where it would write: " + said).isEqualTo("2");
        }
    }

    /** Whether a folder holds a symbolic link that is not a killed process's leftover. */
    private static boolean linked(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Files.isSymbolicLink(folder);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> Files.isSymbolicLink(p) && !p.getFileName().toString().startsWith(".summary")
                    && !p.getFileName().toString().startsWith(".staging"));
        }
    }

    /** Replaces or adds one entry: a link, a folder, damaged content, or a user's file beside it. */
    private static void tamper(Path folder, Path outside, Random random) throws IOException {
        String name = NAMES[random.nextInt(NAMES.length)];
        Path p = folder.resolve(name);
        if (!Files.isDirectory(p.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            delete(p.getParent());
        }
        Files.createDirectories(p.getParent());
        int how = random.nextInt(5);
        if (how < 2 || how == 4 && !name.contains(".")) {
            delete(p);
            Files.createSymbolicLink(p, how == 0 ? outside.resolve("precious.txt") : outside.resolve("folder"));
            return;
        }
        delete(p);
        if (how == 2) {
            Files.createDirectories(p);
        } else if (how == 3) {
            Files.writeString(p, DAMAGE[random.nextInt(DAMAGE.length)]);
        } else {
            Files.writeString(folder.resolve("notes.txt"), "the user's notes\n");
        }
    }

    private static String[] command(int which, Path folder) {
        String out = folder.toString();
        List<String> args = new ArrayList<>(switch (which) {
            case 0 -> List.of("run", "borderlands", "--steps", "2", "--no-charts", "--out", out);
            case 1 -> List.of("run", "borderlands", "--steps", "2", "--no-charts", "--replace", "--out", out);
            case 2 -> List.of("sweep", experiment.toString(), "--threads", "1", "--no-charts", "--out", out);
            case 3 -> List.of("sweep", experiment.toString(), "--threads", "1", "--no-charts", "--resume", "--out", out);
            case 4 -> List.of("analyze", out, "--no-charts");
            case 5 -> List.of("plot", out);
            case 6 -> List.of("merge", templates.resolve("shards/s1").toString(), templates.resolve("shards/s2")
                    .toString(), "--no-charts", "--out", out);
            case 7 -> List.of("slurm", experiment.toString(), "--tasks", "2", "--out", out);
            case 8 -> List.of("compare-3w", observed.toString(), templates.resolve("compared").toString(), "--out", out);
            case 9 -> List.of("compare-3w", observed.toString(), templates.resolve("compared").toString(), "--replace",
                    "--out", out);
            default -> List.of("run", scenario.toString(), "--no-charts", "--replace", "--compare-3w",
                    observed.toString(), "--out", out);
        });
        return args.toArray(String[]::new);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(p)) {
                for (Path q : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            }
        } else {
            Files.delete(p);
        }
    }
}
