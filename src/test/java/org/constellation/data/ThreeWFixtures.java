package org.constellation.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioLoader;

/** The shipped 3W data, broken copies of it, and imports of them, for the data tests. */
final class ThreeWFixtures {

    static final Path PRESENCE = Path.of("data/ebola-3w-2014/presence.csv");
    static final Path REGIONS = Path.of("data/ebola-3w-2014/regions.csv");

    private ThreeWFixtures() {
    }

    /** A copy of a file with its lines changed. */
    static Path copy(Path from, Path to, UnaryOperator<List<String>> change) throws IOException {
        Files.write(to, change.apply(new java.util.ArrayList<>(Files.readAllLines(from))));
        return to;
    }

    static ThreeWImport.Options options(Path presence, Path regions, ThreeWImport.Activities mode,
            ThreeWMapping mapping, String... countries) {
        return new ThreeWImport.Options(presence, regions, List.of(countries), mode, "test", mapping, "(test)");
    }

    static ThreeWImport.Result importOf(Path presence, ThreeWImport.Activities mode, String... countries)
            throws DataException {
        return ThreeWImport.run(options(presence, REGIONS, mode, ThreeWMapping.builtIn(), countries));
    }

    /** Writes and loads an imported scenario. */
    static LoadedScenario load(ThreeWImport.Result r, Path dir, String name) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, r.yaml());
        return ScenarioLoader.load(file);
    }
}
