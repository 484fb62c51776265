package org.constellation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.constellation.experiment.CsvTable;
import org.constellation.experiment.Json;
import org.constellation.experiment.calibration.CalibrationLoader;
import org.constellation.scenario.ScenarioLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calibrate from the command line: its files, charts and report, its errors, and the shipped calibration files. */
class CalibrateCommandTest {

    static final String CALIBRATION = """
            name: tiny
            title: A tiny calibration
            scenarios:
              - {name: siloed, scenario: sahel, set: [coordination.sharing=siloed], steps: 5}
              - {name: open, scenario: sahel, set: [coordination.sharing=open], steps: 5}
            parameters:
              - {name: saturation, path: parameters.effects.saturation, prior: log-uniform, min: 1, max: 9}
              - {name: memory, path: parameters.planning.known_plan_memory, min: 1, max: 6, integer: true}
              - {name: visibility, path: parameters.beliefs.activity_visibility, min: 0.1, max: 0.6,
                 scenarios: [open]}
            targets:
              - {name: unmet, kind: metric-mean, scenario: open, metric: unmet_need, observed: 0.26, scale: 0.01}
              - name: sharing-lowers-activity-overlap
                kind: ordering
                higher: {scenario: siloed, metric: activity_overlap}
                lower: {scenario: open, metric: activity_overlap}
                scale: 0.01
              - {name: siloed-unmet, kind: metric-mean, role: validation, scenario: siloed, metric: unmet_need,
                 observed: 0.26, scale: 0.01}
            method: {type: rejection, samples: 12, accept: 0.25, replicates: 2}
            predictive: {draws: 4, replicates: 1}
            """;

    @TempDir
    static Path tmp;
    static Path out;
    static String printed;

    @BeforeAll
    static void calibrate() throws Exception {
        Path file = tmp.resolve("tiny.yaml");
        Files.writeString(file, CALIBRATION);
        out = tmp.resolve("out");
        printed = run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2");
    }

    static String run(String... args) {
        return SweepCommandTest.run(args);
    }

    static String fail(String... args) {
        return SweepCommandTest.fail(args);
    }

    @Test
    void theCalibrationWritesEveryOutput() throws Exception {
        assertThat(printed).contains("calibration tiny").contains("posterior of 3 particles");
        for (String f : List.of("posterior.csv", "particles.csv", "generations.csv", "posterior-summary.csv",
                "predictive.csv", "manifest.json", "calibration.yaml", "report.html", "calibrated/open.yaml",
                "charts/marginal-saturation.png", "charts/marginal-memory.svg", "charts/predictive.png")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        try (Stream<Path> pairs = Files.list(out.resolve("charts"))) {
            assertThat(pairs.filter(p -> p.getFileName().toString().startsWith("pair-"))).hasSize(2 * 3);
        }
        assertThat(CsvTable.read(out.resolve("particles.csv")).rows()).hasSize(12);
        assertThat(CsvTable.read(out.resolve("generations.csv")).rows()).hasSize(1);
    }

    @Test
    void validationTargetsArePredictedButNotFitted() throws Exception {
        CsvTable p = CsvTable.read(out.resolve("predictive.csv"));
        List<String> validation = p.rows().get(2);
        assertThat(validation.get(p.column("role"))).isEqualTo("validation");
        assertThat(validation.get(p.column("prior_median"))).isNotEmpty();
        assertThat(validation.get(p.column("posterior_median"))).isNotEmpty();
        CsvTable particles = CsvTable.read(out.resolve("particles.csv"));
        assertThat(particles.header()).contains("siloed-unmet", "parameters.beliefs.activity_visibility");
    }

    @Test
    void theManifestAndReportTellWhatWasRunAndItsCost() throws Exception {
        Map<String, Object> m = Json.read(out.resolve("manifest.json"));
        assertThat(m).containsKeys("constellation", "calibration", "scenarios", "method", "result", "sessions");
        Map<?, ?> session = (Map<?, ?>) ((List<?>) m.get("sessions")).get(0);
        assertThat(session.get("executed_runs")).isEqualTo(12 * 2 * 2 + 4 * 2);
        assertThat(((Number) session.get("cpu_seconds_per_run")).doubleValue()).isPositive();
        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).contains("A tiny calibration").contains("Posterior").contains("Predictive check")
                .contains("(validation)").contains("data:image/png;base64,").doesNotContain("<script");
    }

    @Test
    void theCalibratedScenarioRuns() {
        String printedRun = run("run", out.resolve("calibrated/open.yaml").toString(), "--steps", "2", "--out",
                tmp.resolve("calibrated-run").toString(), "--no-charts");
        assertThat(printedRun).contains("manifest.json");
    }

    @Test
    void errorsAreUserErrorsAndTouchNothing() throws Exception {
        assertThat(fail("calibrate", "atlantis")).contains("Unknown calibration 'atlantis'");
        assertThat(fail("calibrate", tmp.resolve("tiny.yaml").toString(), "--shard", "3/2")).contains("--shard");
        String again = fail("calibrate", tmp.resolve("tiny.yaml").toString(), "--out", out.toString());
        assertThat(again).contains("already holds a calibration").contains("--resume");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, CALIBRATION.replace("kind: ordering", "kind: compare-3w"));
        assertThat(fail("calibrate", bad.toString(), "--out", tmp.resolve("never").toString()))
                .contains("bad.yaml:").contains("a compare-3w target needs");
        assertThat(tmp.resolve("never/posterior.csv")).doesNotExist();
    }

    @Test
    void theShippedCalibrationFilesAreValid() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios/calibrations"))) {
            List<Path> runnable = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.toString().endsWith(".draft.yaml")).toList();
            assertThat(runnable).isNotEmpty();
            for (Path f : runnable) {
                assertThat(CalibrationLoader.problems(f, ScenarioLibrary.at(Path.of(".")))).as(f.toString()).isEmpty();
            }
        }
    }
}
