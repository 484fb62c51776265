package org.constellation.scenario;

import java.util.List;

/**
 * A scenario that cannot be used, with every problem found, each on one line naming the file,
 * position (where known) and key.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
