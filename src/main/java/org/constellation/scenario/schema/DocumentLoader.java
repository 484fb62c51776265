package org.constellation.scenario.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole pipeline for one document: read the file, follow its {@code extends} chain
 * (see {@link DocumentMerger} for the merge rule), apply command-line overrides (see
 * {@link Overrides}), and validate against the schema. Every error of every stage comes back
 * located; override errors and validation errors are reported together.
 *
 * <p>The {@code extends} key is removed before validation. A schema may still declare it (as an
 * optional string) so that editors using the exported JSON Schema accept it.
 */
public final class DocumentLoader {

    private final Schema schema;
    private final YamlReader reader;
    private final String extendsKey;

    private DocumentLoader(Schema schema, YamlReader reader, String extendsKey) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.extendsKey = extendsKey;
    }

    /**
     * @param schema the schema of whole documents
     * @return a loader with default limits and the {@code extends} key
     */
    public static DocumentLoader of(Schema schema) {
        return new DocumentLoader(schema, YamlReader.withDefaults(), "extends");
    }

    /**
     * @param key the top-level key naming a parent file, or null to disable inheritance
     * @return a copy using that key
     */
    public DocumentLoader withExtendsKey(String key) {
        return new DocumentLoader(schema, reader, key);
    }

    /**
     * @param yamlReader the reader (and so the limits) to use
     * @return a copy using that reader
     */
    public DocumentLoader withReader(YamlReader yamlReader) {
        return new DocumentLoader(schema, yamlReader, extendsKey);
    }

    /**
     * @param file the document
     * @return the validated document, or every error
     */
    public Result<ValidatedDocument> load(Path file) {
        return load(file, List.of());
    }

    /**
     * @param file      the document
     * @param overrides {@code key.path=value} strings, applied in order after inheritance
     * @return the validated document, or every error
     */
    public Result<ValidatedDocument> load(Path file, List<String> overrides) {
        return finish(extendsResolver().resolve(file), overrides);
    }

    /**
     * Loads content that is not in a file (for example, typed in a user interface).
     *
     * @param sourceName    the display name used in errors
     * @param content       the YAML bytes
     * @param baseDirectory where {@code extends} paths are resolved from
     * @param overrides     {@code key.path=value} strings
     * @return the validated document, or every error
     */
    public Result<ValidatedDocument> load(String sourceName, byte[] content, Path baseDirectory, List<String> overrides) {
        Result<YamlNode> read = reader.read(sourceName, content);
        return finish(extendsResolver().resolve(read, baseDirectory, new ArrayList<>()), overrides);
    }

    /**
     * As {@link #load(Path, List)}, but keeps what is valid when there are errors, so that later
     * checks can report their problems too (see {@link Validator#validateAll}).
     *
     * @param file      the document
     * @param overrides {@code key.path=value} strings
     * @return the partial document (null if the file could not be read at all) and every error
     */
    public Validator.Checked loadAll(Path file, List<String> overrides) {
        Result<YamlNode> merged = extendsResolver().resolve(file);
        return merged.isOk() ? check(merged.orElseThrow(), overrides) : new Validator.Checked(null, merged.errors());
    }

    /**
     * As {@link #loadAll(Path, List)} for content that is not in a file.
     *
     * @param sourceName    the display name used in errors
     * @param content       the YAML bytes
     * @param baseDirectory where {@code extends} paths are resolved from
     * @param overrides     {@code key.path=value} strings
     * @return the partial document (null if the content could not be read at all) and every error
     */
    public Validator.Checked loadAll(String sourceName, byte[] content, Path baseDirectory, List<String> overrides) {
        Result<YamlNode> merged = extendsResolver().resolve(reader.read(sourceName, content), baseDirectory,
                new ArrayList<>());
        return merged.isOk() ? check(merged.orElseThrow(), overrides) : new Validator.Checked(null, merged.errors());
    }

    /**
     * Applies overrides to an already read (and merged) document and validates it, keeping what is
     * valid when there are errors. Reading once and checking many variants of a document this way
     * is how an experiment builds its design points cheaply.
     *
     * @param merged    the document, for example from {@link #resolve(Path)}
     * @param overrides {@code key.path=value} strings
     * @return the partial document and every error
     */
    public Validator.Checked check(YamlNode merged, List<String> overrides) {
        Overrides.Applied applied = new Overrides(schema, reader).applyAll(merged, overrides);
        Validator.Checked checked = Validator.validateAll(schema, applied.document());
        List<ValidationError> all = new ArrayList<>(applied.errors());
        all.addAll(checked.errors());
        return new Validator.Checked(checked.document(), all.stream().sorted().toList());
    }

    /**
     * Reads a file and its {@code extends} chain without validating; useful for tools.
     *
     * @param file the document
     * @return the merged node tree, or every error
     */
    public Result<YamlNode> resolve(Path file) {
        return extendsResolver().resolve(file);
    }

    private ExtendsResolver extendsResolver() {
        return new ExtendsResolver(reader, extendsKey);
    }

    private Result<ValidatedDocument> finish(Result<YamlNode> merged, List<String> overrides) {
        if (!merged.isOk()) {
            return Result.failure(merged.errors());
        }
        Overrides.Applied applied = new Overrides(schema, reader).applyAll(merged.orElseThrow(), overrides);
        Result<ValidatedDocument> validated = Validator.validate(schema, applied.document());
        if (applied.errors().isEmpty()) {
            return validated;
        }
        List<ValidationError> all = new ArrayList<>(applied.errors());
        all.addAll(validated.errors());
        return Result.failure(all);
    }
}
