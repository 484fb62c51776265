package org.constellation.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioLoader;
import org.constellation.scenario.ScenarioTemplate;
import org.constellation.scenario.schema.DocumentLoader;
import org.constellation.scenario.schema.KeyPath;
import org.constellation.scenario.schema.ValidatedDocument;
import org.constellation.scenario.schema.ValidationError;
import org.constellation.scenario.schema.Validator;

/**
 * Reads calibration files: validated against {@link CalibrationSchema}, then checked for what a schema
 * cannot say ({@link CalibrationMapper}); each base scenario is resolved and loaded with its overrides,
 * every parameter is tried at both ends of its prior on each base scenario it applies to, and every
 * window is checked against the scenario's steps, so that a bad path, value or window is reported before
 * any run starts. Every problem is reported at once, located by file, line, column and key.
 */
public final class CalibrationLoader {

    private CalibrationLoader() {
    }

    /**
     * Checks a calibration file without running it (for {@code validate}).
     *
     * @return every problem, located; empty if the file is valid
     */
    public static List<String> problems(Path file, ScenarioLibrary library) {
        try {
            load(file, library);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /** Loads a calibration file, or throws with every problem. */
    public static LoadedCalibration load(Path file, ScenarioLibrary library) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(List.of(file + ": no such file"));
        }
        ValidatedDocument doc = validated(file);
        List<ValidationError> errors = new ArrayList<>();
        CalibrationSpec spec = CalibrationMapper.map(doc.asMap(), (path, message) -> errors.add(at(doc, path, message)));
        Map<String, LoadedCalibration.ScenarioFile> scenarios = new LinkedHashMap<>();
        for (int i = 0; i < spec.scenarios().size(); i++) {
            BaseScenario base = spec.scenarios().get(i);
            LoadedCalibration.ScenarioFile resolved = resolve(file, base, library, spec, "scenarios[" + i + "]",
                    doc, errors);
            if (resolved != null) {
                scenarios.put(base.name(), resolved);
            }
        }
        checkWindows(spec, scenarios, doc, errors);
        checkTables(spec, file, doc, errors);
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        try {
            return new LoadedCalibration(spec, file, ScenarioLoader.sha256(file),
                    Files.readString(file, StandardCharsets.UTF_8), scenarios);
        } catch (IOException e) {
            throw new ScenarioException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** Reads only the calibration itself (from the copy a calibration folder keeps): no scenario is resolved. */
    public static CalibrationSpec loadSpec(Path file) throws ScenarioException {
        ValidatedDocument doc = validated(file);
        List<ValidationError> errors = new ArrayList<>();
        CalibrationSpec spec = CalibrationMapper.map(doc.asMap(), (path, message) -> errors.add(at(doc, path, message)));
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        return spec;
    }

    private static ValidatedDocument validated(Path file) throws ScenarioException {
        Validator.Checked checked = DocumentLoader.of(CalibrationSchema.schema()).withExtendsKey(null)
                .loadAll(file, List.of());
        if (checked.document() == null || !checked.errors().isEmpty()) {
            throw failure(checked.errors());
        }
        return checked.document();
    }

    private static LoadedCalibration.ScenarioFile resolve(Path file, BaseScenario base, ScenarioLibrary library,
            CalibrationSpec spec, String at, ValidatedDocument doc, List<ValidationError> errors) {
        Path relative = file.toAbsolutePath().getParent().resolve(base.scenario());
        Path scenario;
        try {
            scenario = Files.isRegularFile(relative) ? relative.normalize() : library.resolve(base.scenario());
        } catch (ScenarioException e) {
            errors.add(at(doc, at + ".scenario", "no scenario '" + base.scenario() + "' next to this file or in "
                    + "scenarios/"));
            return null;
        }
        try {
            ScenarioTemplate template = ScenarioLoader.template(scenario);
            List<String> overrides = overrides(base);
            LoadedScenario loaded = tryOn(template, overrides, at, doc, errors);
            if (loaded == null) {
                return null;
            }
            tryParameters(spec, base, template, overrides, doc, errors);
            return new LoadedCalibration.ScenarioFile(scenario.toAbsolutePath().normalize(),
                    ScenarioLoader.sha256(scenario), loaded.scenario().steps());
        } catch (ScenarioException e) {
            e.problems().forEach(p -> errors.add(at(doc, at + ".scenario", p)));
            return null;
        }
    }

    /** A base scenario's overrides: its own, then its steps. */
    static List<String> overrides(BaseScenario base) {
        List<String> out = new ArrayList<>(base.set());
        if (base.steps() > 0) {
            out.add("steps=" + base.steps());
        }
        return out;
    }

    private static LoadedScenario tryOn(ScenarioTemplate template, List<String> overrides, String at,
            ValidatedDocument doc, List<ValidationError> errors) {
        try {
            return template.instantiate(overrides);
        } catch (ScenarioException e) {
            e.problems().forEach(p -> errors.add(at(doc, at, "does not give a valid scenario: " + p)));
            return null;
        }
    }

    /** Tries every parameter at both ends of its prior on a base scenario it applies to. */
    private static void tryParameters(CalibrationSpec spec, BaseScenario base, ScenarioTemplate template,
            List<String> overrides, ValidatedDocument doc, List<ValidationError> errors) {
        for (int i = 0; i < spec.parameters().size(); i++) {
            CalibratedParameter p = spec.parameters().get(i);
            if (!p.appliesTo(base.name())) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            for (double value : new double[] {p.min(), p.max()}) {
                List<String> tried = new ArrayList<>(overrides);
                tried.add(p.override(value));
                try {
                    template.instantiate(tried);
                } catch (ScenarioException e) {
                    for (String problem : e.problems()) {
                        if (reported.add(problem)) {
                            errors.add(at(doc, "parameters[" + i + "]", "parameter '" + p.name() + "' = " + value
                                    + " does not give a valid scenario '" + base.name() + "': " + problem));
                        }
                    }
                }
            }
        }
    }

    private static void checkWindows(CalibrationSpec spec, Map<String, LoadedCalibration.ScenarioFile> scenarios,
            ValidatedDocument doc, List<ValidationError> errors) {
        for (int i = 0; i < spec.targets().size(); i++) {
            for (Quantity q : spec.targets().get(i).quantities()) {
                LoadedCalibration.ScenarioFile s = scenarios.get(q.scenario());
                if (s != null && (q.from() >= s.steps() || q.to() >= s.steps())) {
                    errors.add(at(doc, "targets[" + i + "]", "the window of " + q.metric() + " (steps " + q.from() + "-"
                            + (q.to() < 0 ? "end" : q.to()) + ") is outside the " + s.steps() + " steps (0-"
                            + (s.steps() - 1) + ") of base scenario '" + q.scenario() + "'"));
                }
            }
            if (spec.targets().get(i) instanceof ThreeWTarget t) {
                LoadedCalibration.ScenarioFile s = scenarios.get(t.quantity().scenario());
                if (s != null && (t.from() >= s.steps() || t.to() >= s.steps())) {
                    errors.add(at(doc, "targets[" + i + "].window", "the compare-3w window (steps "
                            + (t.from() < 0 ? "default" : t.from()) + "-" + (t.to() < 0 ? "end" : t.to())
                            + ") is outside the " + s.steps() + " steps (0-" + (s.steps() - 1) + ") of base scenario '"
                            + t.quantity().scenario() + "'"));
                }
            }
        }
    }

    /** A compare-3w target's table must exist; its window must lie in its base scenario's steps. */
    private static void checkTables(CalibrationSpec spec, Path file, ValidatedDocument doc,
            List<ValidationError> errors) {
        for (int i = 0; i < spec.targets().size(); i++) {
            if (spec.targets().get(i) instanceof ThreeWTarget t && !Files.isRegularFile(table(file, t))) {
                errors.add(at(doc, "targets[" + i + "].table", "no such file: " + table(file, t)));
            }
        }
    }

    /** A compare-3w target's table, resolved against the calibration file's folder. */
    public static Path table(Path calibrationFile, ThreeWTarget target) {
        Path parent = calibrationFile.toAbsolutePath().getParent();
        return parent.resolve(target.table()).normalize();
    }

    private static ValidationError at(ValidatedDocument doc, String path, String message) {
        return doc.errorAt(KeyPath.parse(path), message);
    }

    private static ScenarioException failure(List<ValidationError> errors) {
        return new ScenarioException(errors.stream().sorted().distinct().map(ValidationError::render).toList());
    }
}
