package org.constellation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code constellation validate FILE...}: checks scenario and experiment files without running them.
 * Each file's kind is recognised by its content or folder ({@link FileKinds}) and checked as the command
 * that uses it would check it.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario and experiment files without running anything; report every problem with "
                + "file, line, column and key.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario or experiment names or paths; the kind "
            + "is recognised by the file's keys or folder (default: every file in scenarios/ and "
            + "scenarios/experiments/).")
    private List<String> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE", description = "Override a scenario value, as run does "
            + "(repeatable; scenario files only).")
    private List<String> overrides = new ArrayList<>();

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLibrary library = ScenarioLibrary.at(Home.path());
        List<String> targets = files.isEmpty() ? FileKinds.everyFile(library).stream().map(Path::toString).toList()
                : files;
        int bad = 0;
        for (String target : targets) {
            try {
                Path file = FileKinds.resolve(library, target);
                out.println(file + ": ok (" + FileKinds.of(file).check(file, overrides) + ")");
            } catch (ScenarioException e) {
                bad++;
                e.problems().forEach(err::println);
            }
        }
        if (bad > 0) {
            err.println(bad + " of " + targets.size() + " file(s) have problems");
            return Main.USER_ERROR;
        }
        return 0;
    }
}
