package org.constellation.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Points run in JVMs of their own do the same work as in this one, and a worker that fails says which point. */
class ForkedPointsTest {

    @TempDir
    Path tmp;

    private Path write(ScalingPoint p) throws IOException {
        Path file = tmp.resolve(p.name() + ".yaml");
        Files.writeString(file, p.scenario().yaml(p.name(), "test point"));
        return file;
    }

    @Test
    void aWorkerAnswersEachCommandOnOneLineAndRunsTheSameReplicateAlike() throws Exception {
        Path file = write(new ScalingPoint("actors", 2, new GeneratedConstellation(2, 2, 2, 2, 1, 3)));
        LoadedScenario scenario = ScenarioLoader.load(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        String commands = "warm-up 2 0\nrun 1\nfly\nrun 1\nquit\nrun 2\n";
        PointWorker.serve(scenario, new BufferedReader(new StringReader(commands)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).as("nothing after quit").hasSize(4);
        assertThat(lines.get(0).split(" ")).hasSize(3).startsWith("ok");
        String[] first = lines.get(1).split(" ");
        assertThat(first).hasSize(5);
        assertThat(Long.parseLong(first[3])).isEqualTo(scenario.scenario().seed() + 1);
        assertThat(lines.get(2)).isEqualTo("error unknown command 'fly'");
        String[] again = lines.get(3).split(" ");
        assertThat(again[3] + " " + again[4]).as("same seed, same last row").isEqualTo(first[3] + " " + first[4]);
    }

    @Test
    void pointsInJvmsOfTheirOwnRunTheSameReplicatesWithTheSameOutputsAsInThisOne() throws Exception {
        List<ScalingPoint> points = List.of(
                new ScalingPoint("actors", 2, new GeneratedConstellation(2, 2, 2, 2, 1, 3)),
                new ScalingPoint("actors", 3, new GeneratedConstellation(2, 2, 3, 2, 1, 3)));
        ScalingBenchmark.Result here = ScalingBenchmark.run(
                new ScalingBenchmark.Settings(points, 1, 0, tmp.resolve("here"), false), phase -> { });
        ScalingBenchmark.Result forked = ScalingBenchmark.run(
                new ScalingBenchmark.Settings(points, 1, 0, tmp.resolve("forked"), true), phase -> { });

        for (int i = 0; i < points.size(); i++) {
            ScalingBenchmark.Round a = here.measures().get(i).rounds().get(0);
            ScalingBenchmark.Round b = forked.measures().get(i).rounds().get(0);
            assertThat(b.seeds()).isEqualTo(a.seeds());
            assertThat(b.outputs()).as("the same runs in a worker's JVM").isEqualTo(a.outputs());
            assertThat(b.msPerRun()).isPositive();
        }
    }

    /** Its own JVM, not this one: a child process while it serves, gone once closed. */
    @Test
    void aWorkerIsAProcessOfItsOwnThatStopsWhenClosed() throws Exception {
        Path file = write(new ScalingPoint("actors", 2, new GeneratedConstellation(2, 2, 2, 2, 1, 3)));
        List<ProcessHandle> workers;
        try (ForkedPoints points = new ForkedPoints(List.of(file))) {
            points.warmUp(0);
            workers = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
            assertThat(workers).hasSize(1);
            assertThat(workers.get(0).isAlive()).isTrue();
            assertThat(points.run(0, 1).seed()).isEqualTo(ScenarioLoader.load(file).scenario().seed() + 1);
        }
        assertThat(workers.get(0).isAlive()).as("closed: the worker has stopped").isFalse();
    }

    @Test
    void aWorkerThatCannotLoadItsPointSaysWhichFile() {
        Path missing = tmp.resolve("no-such-point.yaml");
        assertThatThrownBy(() -> {
            try (ForkedPoints points = new ForkedPoints(List.of(missing))) {
                points.warmUp(0);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("no-such-point.yaml");
    }

    @Test
    void workersTakeThisJvmsOptionsButNotAProfilersOrADebuggers() {
        assertThat(ForkedPoints.inherited("-Xmx256m")).isTrue();
        assertThat(ForkedPoints.inherited("-Dconstellation.home=/x")).isTrue();
        assertThat(ForkedPoints.inherited("-XX:StartFlightRecording=filename=a.jfr")).isFalse();
        assertThat(ForkedPoints.inherited("-javaagent:/x/jacoco.jar")).isFalse();
        assertThat(ForkedPoints.inherited("-agentlib:jdwp=transport=dt_socket")).isFalse();
        assertThat(ForkedPoints.command(Path.of("p.yaml"))).contains(PointWorker.class.getName(), "p.yaml", "-cp");
    }
}
