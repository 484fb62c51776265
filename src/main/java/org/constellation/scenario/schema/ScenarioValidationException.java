package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by callers that prefer exceptions to {@link Result}s: carries every error found in the
 * user's files. Its message is the list of rendered errors, one per line, ready to be shown as is.
 */
public final class ScenarioValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Every error, sorted by source, line and column. */
    private final List<ValidationError> errors;

    /**
     * @param errors at least one error; they are sorted by source, line and column
     */
    public ScenarioValidationException(Collection<ValidationError> errors) {
        super(render(errors), null, false, false);
        List<ValidationError> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        this.errors = List.copyOf(sorted);
    }

    private static String render(Collection<ValidationError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one error");
        }
        String header = errors.size() == 1 ? "1 error:" : errors.size() + " errors:";
        return errors.stream().sorted().map(ValidationError::render)
                .collect(Collectors.joining(System.lineSeparator(), header + System.lineSeparator(), ""));
    }

    /** @return every error, sorted by source, line and column */
    public List<ValidationError> errors() {
        return errors;
    }
}
