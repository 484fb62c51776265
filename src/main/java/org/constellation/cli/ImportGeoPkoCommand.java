package org.constellation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.constellation.data.DataException;
import org.constellation.data.GeoPkoImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code constellation import geo-pko DEPLOYMENTS.csv --mission ACRONYM --scenario BASE ... --out FILE.yaml}. */
@Command(name = "geo-pko", mixinStandardHelpOptions = true,
        description = "Write a scenario with a UN mission's presence and capacity, year by year, from Geo-PKO "
                + "deployments: each location in the nearest district of the same country.")
final class ImportGeoPkoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEPLOYMENTS.csv", description = "Geo-PKO deployments (v2.3 columns).")
    private Path deployments;

    @Option(names = "--mission", required = true, paramLabel = "ACRONYM", description = "The mission, e.g. MINUSMA.")
    private String mission;

    @Option(names = "--scenario", required = true, paramLabel = "BASE",
            description = "The scenario to give the mission to (a name from scenarios/ or a path); it needs start_date "
                    + "and an actor for the mission.")
    private String base;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: the mission's first).")
    private Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: the mission's last).")
    private Integer to;

    @Option(names = "--out", required = true, paramLabel = "FILE.yaml",
            description = "The scenario file to write: new, one that import geo-pko wrote before from another base, "
                    + "or BASE itself (edited in place, between markers).")
    private Path out;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path scenario = Scenarios.resolve(base);
        boolean inPlace = scenario.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize());
        ImportOutput.checkTarget(out, inPlace, GeoPkoImport::wrote, "import geo-pko from another base", " (to give "
                + "a scenario the schedule in place, name it as both --scenario and --out)");
        try {
            GeoPkoImport.Result result = GeoPkoImport.run(new GeoPkoImport.Options(deployments, mission, scenario,
                    from, to, out, ImportOutput.command(spec)));
            ImportOutput.finish(out, result.yaml(), result.warnings(), result.summary(), spec);
        } catch (DataException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
        return 0;
    }
}
