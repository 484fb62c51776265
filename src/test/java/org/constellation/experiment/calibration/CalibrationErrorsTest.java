package org.constellation.experiment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constellation.experiment.sweep.Shard;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad calibration files are refused before any run, with every problem located by file, line and key. */
class CalibrationErrorsTest {

    @TempDir
    Path tmp;

    private List<String> problems(String yaml) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        assertThat(CalibrationLoader.problems(file, ScenarioLibrary.at(Path.of(".")))).isNotEmpty();
        ScenarioException e = catchThrowableOfType(() -> CalibrationLoader.load(file, ScenarioLibrary.at(Path.of("."))),
                ScenarioException.class);
        assertThat(e).as("expected the calibration to be refused").isNotNull();
        return e.problems();
    }

    @Test
    void theSmallCalibrationIsValid() throws Exception {
        LoadedCalibration c = Calibrations.load(tmp, Calibrations.SMALL);
        assertThat(c.spec().parameters()).hasSize(2);
        assertThat(c.spec().targets()).extracting(Target::kind).containsExactly(TargetKind.METRIC_MEAN,
                TargetKind.ORDERING);
        assertThat(c.scenarios().get("open").steps()).isEqualTo(6);
        assertThat(CalibrationLoader.problems(tmp.resolve("calibration.in.yaml"), ScenarioLibrary.at(Path.of("."))))
                .isEmpty();
    }

    @Test
    void aMisspeltKeyIsLocatedWithASuggestion() throws Exception {
        assertThat(problems(Calibrations.SMALL.replace("seed: 5", "sed: 5"))).singleElement().asString()
                .contains("bad.yaml:2:").contains("'sed'").contains("did you mean 'seed'");
    }

    @Test
    void aCompare3wTargetNeedsItsFieldsAndAKnownStatisticAndTable() throws Exception {
        assertThat(problems(Calibrations.SMALL.replace("kind: metric-mean, scenario: open, metric: activity_overlap, "
                + "window: {from: 2},\n     observed: 0.05,", "kind: compare-3w,"))).anySatisfy(s -> assertThat(s)
                .contains("bad.yaml:10:").contains("targets[0]").contains("a compare-3w target needs scenario"));
        List<String> p = problems(Calibrations.SMALL.replace("kind: metric-mean, scenario: open, metric: activity_overlap, "
                + "window: {from: 2},\n     observed: 0.05,", "kind: compare-3w, scenario: open, statistic: overlap, "
                + "table: nowhere.csv, country: Mali, observed: 0.05,"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("bad.yaml:10:").contains("targets[0].statistic")
                .contains("unknown compare-3w statistic 'overlap'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("targets[0].table").contains("no such file"));
        p = problems(Calibrations.SMALL.replace("kind: metric-mean, scenario: open, metric: activity_overlap, "
                + "window: {from: 2},\n     observed: 0.05,", "kind: compare-3w, scenario: open, statistic: coverage, "
                + "table: nowhere.csv, country: Mali, window: {from: 7}, observed: 0.05,"));
        assertThat(p).as("a window past the scenario's 6 steps would give every run NaN").anySatisfy(s -> assertThat(s)
                .contains("targets[0].window").contains("compare-3w window (steps 7-end) is outside the 6 steps"));
    }

    @Test
    void referencesToBaseScenariosAndWindowsAreChecked() throws Exception {
        List<String> p = problems(Calibrations.SMALL.replace("higher: {scenario: siloed", "higher: {scenario: closed")
                .replace("window: {from: 2},\n", "window: {from: 2, to: 40},\n"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("targets[1].higher.scenario")
                .contains("no base scenario named 'closed'"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("targets[0]").contains("outside the 6 steps"));
    }

    @Test
    void aParameterThatGivesAnInvalidScenarioIsReportedBeforeAnyRun() throws Exception {
        List<String> p = problems(Calibrations.SMALL.replace("parameters.beliefs.activity_visibility",
                "parameters.beliefs.visibility").replace("min: 1, max: 6", "min: 1, max: 60"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("parameters[0]").contains("visibility"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("parameters[1]").contains("60"));
    }

    @Test
    void priorsAndMethodSettingsAreChecked() throws Exception {
        List<String> p = problems(Calibrations.SMALL.replace("min: 0.1, max: 0.6", "prior: log-uniform, min: 0, max: 0.6")
                .replace("population: 10,", "population: 10, samples: 50,"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("parameters[0].prior").contains("min > 0"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("method.samples").contains("setting of rejection"));
    }

    @Test
    void kindSpecificFieldsAreRequiredAndRefused() throws Exception {
        List<String> p = problems(Calibrations.SMALL.replace("observed: 0.05, scale: 0.01}",
                "margin: 0.05, scale: 0.01}").replace("kind: ordering", "kind: ordering\n    observed: 1"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("targets[0].margin").contains("not a setting of "
                + "metric-mean"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("targets[0]").contains("needs observed"));
        assertThat(p).anySatisfy(s -> assertThat(s).contains("targets[1].observed"));
    }

    @Test
    void aFolderHoldingAnotherCalibrationIsNotTouched() throws Exception {
        LoadedCalibration c = Calibrations.load(tmp, Calibrations.SMALL);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        CalibrationException e = catchThrowableOfType(() -> Calibrations.run(c, out, 1, true, Shard.ALL),
                CalibrationException.class);
        assertThat(e.getMessage()).contains("not a calibration's");
        assertThat(out.resolve("calibration.yaml")).doesNotExist();
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        Files.writeString(out.resolve("calibration.yaml"), Calibrations.SMALL);
        e = catchThrowableOfType(() -> Calibrations.run(c, out, 1, false, Shard.ALL), CalibrationException.class);
        assertThat(e.getMessage()).contains("already holds").contains("--resume");
        Files.writeString(out.resolve("calibration.yaml"), Calibrations.SMALL.replace("seed: 5", "seed: 6"));
        e = catchThrowableOfType(() -> Calibrations.run(c, out, 1, true, Shard.ALL), CalibrationException.class);
        assertThat(e.getMessage()).contains("other runs");
        Files.createDirectories(out.resolve("batches"));
        e = catchThrowableOfType(() -> Calibrations.run(c, out, 1, true, new Shard(1, 2)), CalibrationException.class);
        assertThat(e.getMessage()).contains("on one machine");
    }
}
