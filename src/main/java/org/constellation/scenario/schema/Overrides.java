package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies command-line overrides of the form {@code key.path=value}, such as
 * {@code actors[2].capacity=0.7} or {@code tags=[a, b]}. The path must exist in the schema (list
 * indexes must exist in the document; missing sections are created); the value is read as YAML
 * (a scalar or a flow list or section) and replaces the old value whole. Each problem is a
 * located error whose source is {@code "--set key.path=value"}, with the column inside that
 * argument. Later overrides win over earlier ones.
 */
public final class Overrides {

    /** The document after the valid overrides, and the errors of the others. */
    record Applied(YamlNode document, List<ValidationError> errors) {
    }

    private final Schema schema;
    private final YamlReader reader;

    /**
     * @param schema the schema of the whole document, to check paths against
     * @param reader the reader used for values
     */
    public Overrides(Schema schema, YamlReader reader) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * @param schema the schema of the whole document
     * @return overrides reading values with default limits
     */
    public static Overrides of(Schema schema) {
        return new Overrides(schema, YamlReader.withDefaults());
    }

    /**
     * @param document    the document to change
     * @param assignments {@code key.path=value} strings, applied in order
     * @return the changed document, or the errors of every malformed or impossible override
     */
    public Result<YamlNode> apply(YamlNode document, List<String> assignments) {
        Applied applied = applyAll(document, assignments);
        return applied.errors().isEmpty() ? Result.ok(applied.document()) : Result.failure(applied.errors());
    }

    Applied applyAll(YamlNode document, List<String> assignments) {
        YamlNode current = document;
        List<ValidationError> errors = new ArrayList<>();
        for (String assignment : assignments) {
            String source = "--set " + assignment;
            int eq = assignment.indexOf('=');
            if (eq < 0) {
                errors.add(located(source, 1, "", "expected key.path=value, such as actors[2].capacity=0.7"));
                continue;
            }
            KeyPathParser.Parsed parsed = KeyPathParser.parse(assignment.substring(0, eq));
            if (parsed.error() != null) {
                errors.add(located(source, parsed.errorColumn(), "", "invalid key path: " + parsed.error()));
                continue;
            }
            OverridePath.Problem problem = OverridePath.check(schema, parsed.path());
            if (problem != null) {
                errors.add(located(source, parsed.columns()[problem.segment()], problem.path(), problem.message()));
                continue;
            }
            Result<YamlNode> value = reader.read(source, assignment.substring(eq + 1));
            if (!value.isOk()) {
                value.errors().forEach(e -> errors.add(new ValidationError(shift(e.location(), eq + 1), e.path(), e.message())));
                continue;
            }
            YamlNode shifted = relocate(value.orElseThrow(), eq + 1);
            try {
                current = OverridePath.set(current, parsed.path(), shifted, SourceLocation.startOf(source));
            } catch (OverridePath.SetFailure failure) {
                errors.add(located(source, parsed.columns()[failure.segment()], failure.path(), failure.getMessage()));
            }
        }
        return new Applied(current, errors);
    }

    private static ValidationError located(String source, int column, String path, String message) {
        return new ValidationError(new SourceLocation(source, 1, column), path, message);
    }

    private static SourceLocation shift(SourceLocation at, int columns) {
        return at.line() == 1 ? at.shiftedRight(columns) : at;
    }

    private static YamlNode relocate(YamlNode node, int columns) {
        if (node instanceof YamlScalar s) {
            return new YamlScalar(s.kind(), s.text(), s.value(), shift(s.location(), columns));
        }
        if (node instanceof YamlList list) {
            return new YamlList(list.items().stream().map(i -> relocate(i, columns)).toList(), shift(list.location(), columns));
        }
        List<YamlMap.Entry> entries = ((YamlMap) node).entries().stream()
                .map(e -> new YamlMap.Entry(e.key(), shift(e.keyLocation(), columns), relocate(e.value(), columns)))
                .toList();
        return new YamlMap(entries, shift(node.location(), columns));
    }
}
