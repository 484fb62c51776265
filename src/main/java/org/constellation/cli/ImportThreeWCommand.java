package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.constellation.data.DataException;
import org.constellation.data.ThreeWImport;
import org.constellation.data.ThreeWMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation import 3w PRESENCE.csv --regions REGIONS.csv ... --out FILE.yaml}. */
@Command(name = "3w", mixinStandardHelpOptions = true,
        description = "Write a scenario from a 3W table: a district per region, an actor per organisation, presence "
                + "from the rows.")
final class ImportThreeWCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PRESENCE.csv",
            description = "The 3W table: country, region, [pcode,] organisation, org_type, activity.")
    private Path presence;

    @Option(names = "--regions", required = true, paramLabel = "REGIONS.csv",
            description = "Regions: country, region, [admin1, pcode,] lon, lat, neighbours (';'-separated)[, population].")
    private Path regions;

    @Option(names = "--country", paramLabel = "NAME", description = "A country to import (repeatable; default: every "
            + "country of the 3W table).")
    private List<String> countries = new ArrayList<>();

    @Option(names = "--activities", paramLabel = "profile|observed", defaultValue = "profile",
            description = "profile (default): only presence comes from the data; observed: each actor's mandate is "
                    + "restricted to its observed activities.")
    private String activities;

    @Option(names = "--name", paramLabel = "NAME", description = "The scenario's name (default: from the 3W file's name).")
    private String name;

    @Option(names = "--types", paramLabel = "FILE", description = "A mapping file over the built-in one "
            + "(docs/3w-mapping.md): types, organisations, activities, capacity_per_region, regions.")
    private Path types;

    @Option(names = "--out", required = true, paramLabel = "FILE.yaml", description = "The scenario file to write "
            + "(new, or one that import 3w wrote before).")
    private Path out;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ThreeWImport.Activities mode = switch (activities) {
            case "profile" -> ThreeWImport.Activities.PROFILE;
            case "observed" -> ThreeWImport.Activities.OBSERVED;
            default -> throw new UserError("--activities must be profile or observed, was '" + activities + "'");
        };
        if (name != null && !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new UserError("--name must be an id of lowercase letters, digits and hyphens, was '" + name + "'");
        }
        ImportOutput.checkTarget(out, false, ThreeWImport::wrote, "import 3w", "");
        try {
            ThreeWMapping mapping = types == null ? ThreeWMapping.builtIn() : ThreeWMapping.load(types);
            ThreeWImport.Result result = ThreeWImport.run(new ThreeWImport.Options(presence, regions, countries, mode,
                    name, mapping, ImportOutput.command(spec)));
            ImportOutput.finish(out, result.yaml(), result.warnings(), result.summary(), spec);
        } catch (DataException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
        return 0;
    }
}
