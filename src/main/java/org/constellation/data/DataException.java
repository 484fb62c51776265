package org.constellation.data;

import java.util.List;

/** Input data that cannot be used: every problem found, each naming its file, line, column and field. */
public final class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public DataException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One problem. */
    public DataException(String problem) {
        this(List.of(problem));
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
