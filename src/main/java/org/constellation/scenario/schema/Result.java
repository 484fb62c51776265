package org.constellation.scenario.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Either a value or a non-empty, sorted list of located errors.
 *
 * @param <T> the type of the value
 */
public final class Result<T> {

    private final T value;
    private final List<ValidationError> errors;

    private Result(T value, List<ValidationError> errors) {
        this.value = value;
        this.errors = errors;
    }

    /**
     * A success.
     *
     * @param value the value; not null
     * @param <T>   its type
     * @return the result
     */
    public static <T> Result<T> ok(T value) {
        return new Result<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * A failure.
     *
     * @param errors at least one error; they are sorted by source, line and column
     * @param <T>    the type the value would have had
     * @return the result
     */
    public static <T> Result<T> failure(Collection<ValidationError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failure needs at least one error");
        }
        List<ValidationError> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        return new Result<>(null, List.copyOf(sorted));
    }

    /** @return true if there is a value and no error */
    public boolean isOk() {
        return errors.isEmpty();
    }

    /** @return the value, empty on failure */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** @return the errors, sorted by source, line and column; empty on success */
    public List<ValidationError> errors() {
        return errors;
    }

    /**
     * The value, or an exception carrying every error.
     *
     * @return the value
     * @throws ScenarioValidationException on failure
     */
    public T orElseThrow() {
        if (!isOk()) {
            throw new ScenarioValidationException(errors);
        }
        return value;
    }

    /**
     * Transforms a successful value; failures pass through unchanged.
     *
     * @param f   the transformation
     * @param <U> the new value type
     * @return the transformed result
     */
    public <U> Result<U> map(Function<? super T, ? extends U> f) {
        return isOk() ? Result.ok(f.apply(value)) : new Result<>(null, errors);
    }

    @Override
    public String toString() {
        return isOk() ? "ok(" + value + ")" : "failure(" + errors + ")";
    }
}
