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
        ValidationRun run = new ValidationRun();
        Object value = run.check(schema, root, KeyPath.root());
        if (!run.errors().isEmpty()) {
            return Result.failure(run.errors());
        }
        return Result.ok(new ValidatedDocument(value, run.locations()));
    }
}
