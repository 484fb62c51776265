package org.constellation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.constellation.experiment.calibration.CalibrationLoader;
import org.constellation.experiment.calibration.CalibrationSpec;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;

/**
 * Calibration files: checked as {@code calibrate} checks them before its first run
 * ({@link CalibrationLoader#problems}: schema, targets and windows, every base scenario loaded with its
 * overrides, every parameter tried at both ends of its prior). Nothing runs.
 */
final class CalibrationKind {

    static final FileKind KIND = new FileKind("calibration", "calibrations", Set.of("scenarios", "targets",
            "distance", "method", "predictive"), CalibrationKind::check);

    private CalibrationKind() {
    }

    private static String check(Path file, List<String> overrides) throws ScenarioException {
        if (!overrides.isEmpty()) {
            throw new ScenarioException(List.of(file + ": --set changes a scenario; a calibration's overrides of its "
                    + "base scenarios go in each one's 'set:' list"));
        }
        List<String> problems = CalibrationLoader.problems(file, ScenarioLibrary.at(Home.path()));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        CalibrationSpec spec = CalibrationLoader.loadSpec(file);
        long fit = spec.fitTargets().size();
        return "calibration, " + spec.method().type() + ", " + plural(spec.scenarios().size(), "base scenario") + ", "
                + plural(spec.parameters().size(), "parameter") + ", " + plural(spec.targets().size(), "target") + " ("
                + fit + " fitted, " + (spec.targets().size() - fit) + " for validation)";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
