package org.constellation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.constellation.scenario.ScenarioException;

/**
 * A kind of input file that {@code validate} checks without running anything: scenarios, experiments
 * and, as further kinds are added to {@link FileKinds#ALL}, others (such as calibrations). A kind says
 * how to recognise its files, by the top-level keys only it uses or by the folder they live in, and
 * checks a file the way the command that uses it would, reporting every problem located.
 *
 * @param name what the kind is called in messages, e.g. "experiment"
 * @param folder the folder under {@code scenarios/} that holds files of this kind ("" for the library)
 * @param signature top-level keys that files of this kind use and no other kind does
 * @param checker how a file of this kind is checked
 */
record FileKind(String name, String folder, Set<String> signature, Checker checker) {

    /** Checks a file as the command that uses it would, without running anything. */
    @FunctionalInterface
    interface Checker {

        /**
         * @param file the file
         * @param overrides {@code --set} values, for kinds that take them
         * @return a one-line summary of what the file holds
         * @throws ScenarioException with every problem, each naming file, line, column and key
         */
        String check(Path file, List<String> overrides) throws ScenarioException;
    }

    /** Checks a file of this kind. */
    String check(Path file, List<String> overrides) throws ScenarioException {
        return checker.check(file, overrides);
    }
}
