package org.constellation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLibrary;
import org.constellation.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; report every problem with file, line, column and key.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario names or paths (default: every file in "
            + "scenarios/).")
    private List<String> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE", description = "Override a value, as run does (repeatable).")
    private List<String> overrides = new ArrayList<>();

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLibrary library = ScenarioLibrary.at(Home.path());
        List<String> targets = files.isEmpty() ? library.all().stream().map(Path::toString).toList() : files;
        int bad = 0;
        for (String target : targets) {
            try {
                LoadedScenario s = ScenarioLoader.load(library.resolve(target), overrides);
                out.println(s.file() + ": ok (" + s.scenario().model().region().districts().size() + " districts, "
                        + s.scenario().model().actors().size() + " actors, " + s.scenario().mechanisms().size()
                        + (s.scenario().mechanisms().size() == 1 ? " mechanism" : " mechanisms") + ", sharing " + s.scenario().sharing().name() + ")");
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
