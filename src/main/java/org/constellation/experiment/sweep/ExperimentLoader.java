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
 * every factor value is tried on the base scenario so that a bad path or value is reported before
 * any run starts. Every problem is reported at once, located.
 */
public final class ExperimentLoader {

    private ExperimentLoader() {
    }

    /** Loads an experiment file, or throws with every problem. */
    public static LoadedExperiment load(Path file, ScenarioLibrary library) throws ScenarioException {
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
        spec = PosteriorDraws.attach(spec, file, doc, errors);
        Path scenarioFile = resolveScenario(file, spec.scenario(), library, doc, errors);
        ScenarioTemplate template = null;
        String scenarioSha = "";
        if (scenarioFile != null) {
            try {
                template = ScenarioLoader.template(scenarioFile);
                scenarioSha = ScenarioLoader.sha256(scenarioFile);
                tryFactors(spec, template, doc, errors);
                PosteriorDraws.tryOn(spec, template, doc, errors);
            } catch (ScenarioException e) {
                e.problems().forEach(p -> errors.add(doc.errorAt(KeyPath.parse("scenario"), p)));
            }
        }
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        try {
            return new LoadedExperiment(spec, file, ScenarioLoader.sha256(file),
                    Files.readString(file, StandardCharsets.UTF_8), scenarioFile, scenarioSha, template);
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
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        return spec;
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

    private static ScenarioException failure(List<ValidationError> errors) {
        return new ScenarioException(errors.stream().sorted().distinct().map(ValidationError::render).toList());
    }

}
