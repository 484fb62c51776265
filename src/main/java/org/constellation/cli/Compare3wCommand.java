package org.constellation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.constellation.data.CompareThreeW;
import org.constellation.data.ComparisonReport;
import org.constellation.data.DataException;
import org.constellation.data.ThreeWMapping;
import org.constellation.experiment.StagedFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code constellation compare-3w OBSERVED.csv SIMULATED [--mapping FILE] [--steps FROM-TO] [--out DIR [--replace]]}:
 * the comparison is built in a staging folder inside --out and put in place whole; --out is checked first
 * (see {@link Outputs#forComparison}).
 */
@Command(name = "compare-3w", mixinStandardHelpOptions = true,
        description = "Compare an observed 3W table with a run's who-does-what-where.csv on the same region x activity "
                + "category cube: table, CSV and observed-versus-simulated charts. See docs/DATA.md.")
final class Compare3wCommand implements Callable<Integer> {

    static final String THREE_W = "who-does-what-where.csv";
    static final String FOLDER = "compare-3w";

    @Parameters(index = "0", paramLabel = "OBSERVED.csv", description = "The observed 3W table.")
    private Path observed;

    @Parameters(index = "1", paramLabel = "SIMULATED",
            description = "A run's who-does-what-where.csv, or the run folder holding it (run --3w).")
    private Path simulated;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file over the built-in one "
            + "(docs/3w-mapping.md).")
    private Path mapping;

    @Option(names = "--steps", paramLabel = "FROM-TO",
            description = "Simulated steps to compare, inclusive (default: the last step; a 3W is a snapshot).")
    private String steps;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: compare-3w/ "
            + "beside the simulated file, replaced without asking).")
    private Path out;

    @Option(names = "--replace", description = "Replace the earlier comparison in --out (a folder holding anything "
            + "else is never replaced).")
    private boolean replace;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path file = Files.isDirectory(simulated) ? simulated.resolve(THREE_W) : simulated;
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such file (run the scenario with --3w)");
        }
        int[] window = window(steps);
        Path folder = out != null ? out : file.toAbsolutePath().getParent().resolve(FOLDER);
        List<String> earlier = Outputs.forComparison(folder, replace || out == null, outputs());
        CompareThreeW.Result result = compare(observed, file, mapping, window);
        try (StagedFolder staged = Outputs.stage(folder)) {
            write(result, staged.path(), folder, spec.commandLine().getOut());
            staged.publish(earlier);
        }
        return 0;
    }

    /** The names a comparison writes: its CSV files and charts. */
    static Set<String> outputs() {
        Set<String> names = new HashSet<>(ComparisonReport.FILES);
        ComparisonCharts.CHARTS.forEach(c -> names.addAll(List.of(c + ".png", c + ".svg")));
        return names;
    }

    /**
     * Compares an observed 3W table with a run's.
     *
     * @param window the steps, as {@link #window(String)} gives them
     */
    static CompareThreeW.Result compare(Path observed, Path simulated, Path mapping, int[] window) {
        try {
            ThreeWMapping m = mapping == null ? ThreeWMapping.builtIn() : ThreeWMapping.load(mapping);
            return CompareThreeW.run(new CompareThreeW.Options(observed, simulated, m, window[0], window[1]));
        } catch (DataException e) {
            throw new UserError(String.join(System.lineSeparator(), e.problems()));
        }
    }

    /**
     * Prints the comparison's table and writes its files and charts into a new folder (checked by the
     * caller).
     *
     * @param shown the folder's name in the message (where a staged folder will end up)
     */
    static void write(CompareThreeW.Result result, Path folder, Path shown, PrintWriter out) throws IOException {
        ComparisonReport.write(result, folder);
        int charts = ComparisonCharts.write(result, folder);
        out.print(ComparisonReport.table(result));
        out.println("Wrote " + String.join(", ", ComparisonReport.FILES) + " and " + charts
                + " charts (PNG and SVG) to " + shown);
    }

    /** Parses FROM-TO or N (both inclusive); null gives the last step (-1, -1). */
    static int[] window(String text) {
        if (text == null) {
            return new int[] {-1, -1};
        }
        String[] parts = text.trim().split("-", -1);
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : from;
            if (parts.length <= 2 && from >= 0 && to >= from) {
                return new int[] {from, to};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("--steps must be FROM-TO (e.g. 9-11) or one step, with FROM <= TO, was '" + text + "'");
    }
}
