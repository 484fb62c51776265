package org.constellation.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.constellation.scenario.schema.DocumentLoader;
import org.constellation.scenario.schema.KeyPath;
import org.constellation.scenario.schema.Validator;
import org.constellation.scenario.schema.ValidatedDocument;
import org.constellation.scenario.schema.ValidationError;

/**
 * Reads scenario files: the file and its {@code extends} chain are read, command-line overrides
 * ({@code key.path=value}) applied, the result validated against {@link ScenarioSchema}, and then
 * mapped and cross-checked by {@link ScenarioMapper}. Every problem comes back at once, each located
 * by file, line, column and key path.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** Loads a scenario file. */
    public static LoadedScenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /** Loads a scenario file with overrides, or throws with every problem. */
    public static LoadedScenario load(Path file, List<String> overrides) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(List.of(file + ": no such file"));
        }
        return finish(DocumentLoader.of(ScenarioSchema.schema()).loadAll(file, overrides), file, sha256(file));
    }

    /**
     * Loads a resolved scenario given as text (the {@code resolved_scenario} of a manifest, written as
     * JSON, which is YAML too), so that a run can be repeated exactly from its manifest.
     *
     * @param source the name errors are reported under (the manifest's path)
     */
    public static LoadedScenario loadText(Path source, String text, List<String> overrides) throws ScenarioException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path base = source.toAbsolutePath().getParent();
        return finish(DocumentLoader.of(ScenarioSchema.schema()).withExtendsKey(null).loadAll(source.toString(), bytes,
                base, overrides), source, sha256(bytes));
    }

    /**
     * Reads a scenario file (and its extends chain) once, so that many variants of it can be made
     * with overrides without reading it again.
     */
    public static ScenarioTemplate template(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(List.of(file + ": no such file"));
        }
        DocumentLoader loader = DocumentLoader.of(ScenarioSchema.schema());
        var merged = loader.resolve(file);
        if (!merged.isOk()) {
            throw failure(merged.errors());
        }
        String sha = sha256(file);
        return overrides -> finish(loader.check(merged.orElseThrow(), overrides), file, sha);
    }

    static LoadedScenario finish(Validator.Checked checked, Path file, String sha) throws ScenarioException {
        List<ValidationError> errors = new ArrayList<>(checked.errors());
        ValidatedDocument doc = checked.document();
        if (doc == null || !(doc.value() instanceof Map)) {
            throw failure(errors);
        }
        ScenarioMapper.Mapped mapped;
        try {
            mapped = ScenarioMapper.map(doc.asMap(), (path, message) -> locate(doc, path, message));
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            throw failure(errors);
        }
        errors.addAll(mapped.errors());
        if (!errors.isEmpty()) {
            throw failure(errors);
        }
        return new LoadedScenario(mapped.scenario(), file, sha, doc.asMap());
    }

    private static ScenarioException failure(List<ValidationError> errors) {
        return new ScenarioException(errors.stream().sorted().distinct().map(ValidationError::render).toList());
    }

    private static ValidationError locate(ValidatedDocument doc, String path, String message) {
        try {
            return doc.errorAt(KeyPath.parse(path), message);
        } catch (IllegalArgumentException e) {
            return doc.errorAt(KeyPath.root(), path + ": " + message);
        }
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws ScenarioException {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ScenarioException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    /** Hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

}
