package org.constellation.scenario.schema;

/**
 * Checks a {@link YamlNode} tree against a {@link Schema}, reporting every error in one pass:
 * unknown keys (with a "did you mean" suggestion), wrong types, out-of-range, NaN, infinite or
 * huge numbers, missing required keys, values outside an enum, strings not matching a pattern,
 * and lists or tables of the wrong size. On success, the {@link ValidatedDocument} holds a plain
 * value tree with defaults filled in.
 */
public final class Validator {

    private Validator() {
    }

    /**
     * @param schema the schema of the whole document
     * @param root   the document, as read by {@link YamlReader} (an empty document is an empty scalar)
     * @return the validated document, or every error sorted by source, line and column
     */
    public static Result<ValidatedDocument> validate(Schema schema, YamlNode root) {
        Checked checked = validateAll(schema, root);
        return checked.errors().isEmpty() ? Result.ok(checked.document()) : Result.failure(checked.errors());
    }

    /**
     * Validates and keeps what is valid even when there are errors: invalid values are null in the
     * document (their error is in the list), so that later checks can still run on the rest and
     * every problem of a file can be reported at once.
     *
     * @param schema the schema of the whole document
     * @param root   the document
     * @return the partial document and every error, sorted
     */
    public static Checked validateAll(Schema schema, YamlNode root) {
        ValidationRun run = new ValidationRun();
        Object value = run.check(schema, root, KeyPath.root());
        return new Checked(new ValidatedDocument(value, run.locations()),
                run.errors().stream().sorted().toList());
    }

    /**
     * A document after validation, with or without errors.
     *
     * @param document the value tree, invalid values null; or null if nothing could be read
     * @param errors every error, sorted by source, line and column
     */
    public record Checked(ValidatedDocument document, java.util.List<ValidationError> errors) {
        public Checked {
            errors = java.util.List.copyOf(errors);
        }
    }
}
