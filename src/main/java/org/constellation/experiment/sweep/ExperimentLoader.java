package org.constellation.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Reads experiment files: validated against {@link ExperimentSchema}, then checked for what a schema
 * cannot say (unique factor names, numeric or categorical but not both, design requirements), and
 * every factor value, and the counterfactual's overrides, are tried on the base scenario so that a bad
 * path or value is reported before any run starts. Every problem is reported at once, located.
 */
public final class ExperimentLoader {

    private ExperimentLoader() {
    }

    /** Loads an experiment file, or throws with every problem. */
    public static LoadedExperiment load(Path file, ScenarioLibrary library) throws ScenarioException {
        return load(file, library, RunStatistics.NONE);
    }

    /**
     * Loads an experiment whose run statistics ({@code statistics:}) {@code statistics} computes; a
     * statistic it does not know is an error at its key.
     */
    public static LoadedExperiment load(Path file, ScenarioLibrary library, RunStatistics statistics)
            throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(List.of(file + ": no such file"));
        }
        Validator.Checked checked = DocumentLoader.of(ExperimentSchema.schema()).loadAll(file, List.of());
        List<ValidationError> errors = new ArrayList<>(checked.errors());
        ValidatedDocument doc = checked.document();
        if (doc == null || !errors.isEmpty()) {
            throw failure(errors);
        }
        Map<String, Object> root = doc.asMap();
        ExperimentSpec spec = ExperimentMapper.map(root, (path, message) -> errors.add(doc.errorAt(KeyPath.parse(path),
                message)));
        if (errors.isEmpty()) {
            checkSize(spec, doc, errors);
        }
        for (int i = 0; i < spec.statistics().size(); i++) {
            if (!statistics.names().contains(spec.statistics().get(i))) {
                errors.add(doc.errorAt(KeyPath.parse("statistics[" + i + "]"), "no run statistic '"
                        + spec.statistics().get(i) + "' is computed by this command (run statistics are supplied by "
                        + "calibrate, for its compare-3w targets)"));
            }
        }
        spec = PosteriorDraws.attach(spec, file, doc, errors);
        Path scenarioFile = resolveScenario(file, spec.scenario(), library, doc, errors);
        ScenarioTemplate template = null;
        String scenarioSha = "";
        if (scenarioFile != null) {
            try {
                template = ScenarioLoader.template(scenarioFile);
                scenarioSha = ScenarioLoader.sha256(scenarioFile);
                if (tryBase(spec, template, doc, errors)) {
                    tryFactors(spec, template, doc, errors);
                    tryCounterfactual(spec, template, doc, errors);
                    PosteriorDraws.tryOn(spec, template, doc, errors);
                }
            } catch (ScenarioException e) {
                e.problems().forEach(p -> errors.add(doc.errorAt(KeyPath.parse("scenario"), p)));
            }
        }
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        try {
            return new LoadedExperiment(spec, file, ScenarioLoader.sha256(file),
                    Files.readString(file, StandardCharsets.UTF_8), scenarioFile, scenarioSha, template, statistics);
        } catch (IOException e) {
            throw new ScenarioException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    /**
     * Reads only the experiment itself (for analysing a finished sweep from the copy it keeps): no base
     * scenario is resolved or tried.
     */
    public static ExperimentSpec loadSpec(Path file) throws ScenarioException {
        Validator.Checked checked = DocumentLoader.of(ExperimentSchema.schema()).loadAll(file, List.of());
        List<ValidationError> errors = new ArrayList<>(checked.errors());
        if (checked.document() == null || !errors.isEmpty()) {
            throw failure(errors);
        }
        ValidatedDocument doc = checked.document();
        ExperimentSpec spec = ExperimentMapper.map(doc.asMap(), (path, message) -> errors.add(doc.errorAt(
                KeyPath.parse(path), message)));
        if (errors.isEmpty()) {
            checkSize(spec, doc, errors);
        }
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        return spec;
    }

    /** Refuses, at its design, an experiment too big to hold (see {@link PlanSize}), before its design is built. */
    private static void checkSize(ExperimentSpec spec, ValidatedDocument doc, List<ValidationError> errors) {
        PlanSize.of(spec).problem(Runtime.getRuntime().maxMemory())
                .ifPresent(p -> errors.add(doc.errorAt(KeyPath.parse("design"), p)));
    }

    private static Path resolveScenario(Path file, String reference, ScenarioLibrary library, ValidatedDocument doc,
            List<ValidationError> errors) {
        Path relative = file.toAbsolutePath().getParent().resolve(reference);
        if (Files.isRegularFile(relative)) {
            return relative.normalize();
        }
        try {
            return library.resolve(reference);
        } catch (ScenarioException e) {
            errors.add(doc.errorAt(KeyPath.parse("scenario"), "no scenario '" + reference + "' next to this file or "
                    + "in scenarios/"));
            return null;
        }
    }

    /**
     * Tries the base scenario alone, then with the experiment's {@code set}: a problem of either is
     * reported once, at the {@code scenario} or {@code set} line (not again at every factor, which is
     * tried only if both are valid).
     *
     * @return whether both are valid
     */
    private static boolean tryBase(ExperimentSpec spec, ScenarioTemplate template, ValidatedDocument doc,
            List<ValidationError> errors) {
        try {
            template.instantiate(List.of());
        } catch (ScenarioException e) {
            e.problems().forEach(p -> errors.add(doc.errorAt(KeyPath.parse("scenario"), "the base scenario is not "
                    + "valid: " + p)));
            return false;
        }
        try {
            template.instantiate(spec.set());
            return true;
        } catch (ScenarioException e) {
            for (String p : e.problems()) {
                int i = setIndex(spec.set(), p);
                errors.add(i < 0 ? doc.errorAt(KeyPath.parse("set"), "the base scenario with these overrides is not "
                        + "valid: " + p) : doc.errorAt(KeyPath.parse("set[" + i + "]"), Overrides.render(
                        spec.set().get(i)) + ": " + unlocated(p, ("--set " + spec.set().get(i)).length())));
            }
            return false;
        }
    }

    /** A problem without its {@code source:line:column: } prefix, whose source is {@code source} characters long. */
    private static String unlocated(String problem, int source) {
        int end = problem.indexOf(": ", source);
        return end < 0 ? problem : problem.substring(end + 2);
    }

    /** The override a problem is located in (its source is {@code --set OVERRIDE:line:column}), or -1. */
    private static int setIndex(List<String> set, String problem) {
        for (int i = 0; i < set.size(); i++) {
            if (problem.startsWith("--set " + set.get(i) + ":")) {
                return i;
            }
        }
        return -1;
    }

    /** Tries every factor at its extremes (numeric) or every value (categorical) on the base scenario. */
    private static void tryFactors(ExperimentSpec spec, ScenarioTemplate template, ValidatedDocument doc,
            List<ValidationError> errors) {
        for (int i = 0; i < spec.factors().size(); i++) {
            FactorSpec f = spec.factors().get(i);
            List<Object> tries = f.numeric() ? List.of(f.min(), f.max()) : f.values();
            Set<String> reported = new HashSet<>();
            for (Object value : tries) {
                List<String> overrides = new ArrayList<>(spec.set());
                overrides.add(Overrides.assignment(f.path(), value));
                try {
                    template.instantiate(overrides);
                } catch (ScenarioException e) {
                    for (String p : e.problems()) {
                        if (reported.add(p)) {
                            errors.add(doc.errorAt(KeyPath.parse("factors[" + i + "]"), "factor '" + f.name()
                                    + "' = " + Overrides.render(value) + " does not give a valid scenario: " + p));
                        }
                    }
                }
            }
        }
    }

    /** Tries the counterfactual's overrides on the base scenario and with every categorical factor value. */
    private static void tryCounterfactual(ExperimentSpec spec, ScenarioTemplate template, ValidatedDocument doc,
            List<ValidationError> errors) {
        if (!spec.hasCounterfactual()) {
            return;
        }
        List<List<String>> tries = new ArrayList<>();
        tries.add(List.of());
        for (FactorSpec f : spec.factors()) {
            for (Object value : f.numeric() ? List.of(f.min(), f.max()) : f.values()) {
                tries.add(List.of(Overrides.assignment(f.path(), value)));
            }
        }
        Set<String> reported = new HashSet<>();
        for (List<String> factor : tries) {
            List<String> overrides = new ArrayList<>(spec.set());
            overrides.addAll(factor);
            overrides.addAll(spec.counterfactual().set());
            try {
                template.instantiate(overrides);
            } catch (ScenarioException e) {
                for (String p : e.problems()) {
                    if (reported.add(p)) {
                        errors.add(doc.errorAt(KeyPath.parse("counterfactual.set"), "the counterfactual does not give "
                                + "a valid scenario" + (factor.isEmpty() ? "" : " with " + factor.get(0)) + ": " + p));
                    }
                }
            }
        }
    }

    private static ScenarioException failure(List<ValidationError> errors) {
        return new ScenarioException(errors.stream().sorted().distinct().map(ValidationError::render).toList());
    }

}
