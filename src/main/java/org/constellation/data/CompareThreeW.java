package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code compare-3w}: an observed 3W table and a run's {@code who-does-what-where.csv} on the same cube,
 * region x activity category. Simulated activities map back to 3W categories through the mapping
 * ({@link ThreeWCategories}); observed regions become district ids through it (by default the id made
 * from the name, as {@code import 3w} makes them); observed rows outside the run's countries, and rows
 * that are not activities (coordination, funding, other), stay out of the cube. A simulated organisation
 * counts in a cell if it worked there in any step of the window (by default the last step: a 3W is a
 * snapshot).
 */
public final class CompareThreeW {

    static final List<String> SIMULATED_COLUMNS = List.of("step", "actor", "organisation", "country", "district",
            "challenge", "activity");

    /**
     * What to compare.
     *
     * @param observed the observed 3W table
     * @param simulated a run's who-does-what-where.csv
     * @param mapping the mapping
     * @param from first step of the window, or -1 for the last step
     * @param to last step of the window, or -1 for the last step
     */
    public record Options(Path observed, Path simulated, ThreeWMapping mapping, int from, int to) {
    }

    /**
     * The comparison.
     *
     * @param observed the observed cube
     * @param simulated the simulated cube
     * @param comparison the statistics and distances
     * @param notes what was left out and why, one line each
     * @param from first step of the window
     * @param to last step of the window
     * @param indirect the share of indirect rows by 3W organisation type, observed and simulated
     */
    public record Result(ThreeWCube observed, ThreeWCube simulated, ThreeWComparison comparison, List<String> notes,
            int from, int to, IndirectByType indirect) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private CompareThreeW() {
    }

    /**
     * One row of a run's 3W (the columns of {@code who-does-what-where.csv} the comparison uses).
     *
     * @param step the step
     * @param actor the actor's id
     * @param organisation its profile
     * @param country the country's id
     * @param district the district's id
     * @param challenge the challenge's key
     * @param activity the activity's id
     * @param mode direct or indirect
     */
    public record SimulatedRow(int step, String actor, String organisation, String country, String district,
            String challenge, String activity, String mode) {
    }

    /** Runs the comparison, or throws with what is wrong with the inputs. */
    public static Result run(Options o) throws DataException {
        Problems problems = new Problems();
        CsvInput sim = CsvInput.read(o.simulated(), SIMULATED_COLUMNS, problems);
        PresenceTable table = PresenceTable.read(o.observed(), problems);
        problems.throwIfErrors();
        List<SimulatedRow> rows = new ArrayList<>();
        int last = -1;
        for (CsvInput.Row r : sim.rows()) {
            int step = step(sim, r, problems);
            last = Math.max(last, step);
            rows.add(new SimulatedRow(step, sim.get(r, "actor"), sim.get(r, "organisation"), sim.get(r, "country"),
                    sim.get(r, "district"), sim.get(r, "challenge"), sim.get(r, "activity"),
                    sim.has("mode") ? sim.get(r, "mode") : ""));
        }
        problems.throwIfErrors();
        if (last < 0) {
            throw new DataException(o.simulated() + ": has no rows; run with --3w for a run whose actors did something");
        }
        return compare(o.observed(), table, o.mapping(), rows, new int[] {o.from(), o.to(), last});
    }

    /**
     * Compares a run's 3W rows, held in memory, with an observed table already read.
     *
     * @param observedFile the observed table's file (named in the notes)
     * @param window the first and last step of the window (-1: the last step) and the run's last step
     */
    public static Result compare(Path observedFile, PresenceTable table, ThreeWMapping mapping,
            List<SimulatedRow> rows, int[] window) throws DataException {
        Set<String> countries = new TreeSet<>();
        rows.forEach(r -> countries.add(r.country()));
        return compare(observedFile, table, mapping, rows, countries, window);
    }

    /** The same, the observed rows kept being those of {@code countries} (ids, as the run names them). */
    static Result compare(Path observedFile, PresenceTable table, ThreeWMapping mapping, List<SimulatedRow> rows,
            Set<String> countries, int[] window) throws DataException {
        Problems problems = new Problems();
        ThreeWCategories categories = new ThreeWCategories(mapping);
        int last = window[2];
        int from = window[0] < 0 ? last : window[0];
        int to = window[1] < 0 ? last : window[1];
        if (from > to || from > last) {
            throw new DataException("--steps " + from + "-" + to + ": the simulated 3W has steps 0-" + last);
        }
        List<String> notes = new ArrayList<>();
        ThreeWCube.Builder simulated = new ThreeWCube.Builder();
        Set<String> outside = new TreeSet<>();
        List<SimulatedRow> inWindow = new ArrayList<>();
        for (SimulatedRow r : rows) {
            if (r.step() < from || r.step() > to) {
                continue;
            }
            String key = r.challenge() + "/" + r.activity();
            String category = categories.ofActivity(key);
            if (category == null) {
                outside.add(key);
            } else {
                simulated.add(r.district(), category, r.actor(), r.organisation());
                inWindow.add(r);
            }
        }
        if (!outside.isEmpty()) {
            notes.add("simulated activities no 3W category maps to, left out: " + String.join(", ", outside));
        }
        Options o = new Options(observedFile, null, mapping, from, to);
        ThreeWRows observedRows = observedRows(o, table, countries, problems, notes);
        ThreeWCube.Builder observed = observed(observedRows, categories, notes);
        Set<String> regions = new TreeSet<>(observed.regions());
        regions.addAll(simulated.regions());
        List<String> onlyObserved = observed.regions().stream().filter(x -> !simulated.regions().contains(x)).toList();
        List<String> onlySimulated = simulated.regions().stream().filter(x -> !observed.regions().contains(x)).toList();
        if (!onlyObserved.isEmpty() || !onlySimulated.isEmpty()) {
            notes.add("regions with activity on one side only: observed " + onlyObserved + ", simulated " + onlySimulated
                    + " (a different name? map it under regions: in --mapping)");
        }
        notes.addAll(problems.warnings());
        List<String> grid = new ArrayList<>(regions);
        ThreeWCube obs = observed.on(grid, categories.names());
        ThreeWCube simCube = simulated.on(grid, categories.names());
        return new Result(obs, simCube, ThreeWComparison.of(obs, simCube), notes, from, to,
                IndirectByType.of(observedRows, table, mapping, inWindow));
    }

    private static ThreeWRows observedRows(Options o, PresenceTable table, Set<String> countries, Problems problems,
            List<String> notes) throws DataException {
        Set<String> keep = new TreeSet<>();
        table.rows().forEach(r -> {
            if (countries.contains(Ids.slug(r.country()))) {
                keep.add(r.country());
            }
        });
        ThreeWRows rows = new ThreeWRows(table, o.mapping(), keep, r -> o.mapping().districtOf(r.region()), problems);
        problems.throwIfErrors();
        notes.add(o.observed() + ": " + rows.account(table.csv().rows().size()));
        if (keep.isEmpty()) {
            throw new DataException(o.observed() + ": no row is in a country of the run " + countries);
        }
        return rows;
    }

    private static ThreeWCube.Builder observed(ThreeWRows rows, ThreeWCategories categories, List<String> notes) {
        ThreeWCube.Builder b = new ThreeWCube.Builder();
        int nonActivities = 0;
        for (ThreeWRows.Resolved r : rows.rows()) {
            String category = categories.ofThreeW(r.row().activity());
            if (category == null) {
                nonActivities++;
            } else {
                b.add(r.district(), category, r.row().organisation(), r.profile());
            }
        }
        if (nonActivities > 0) {
            notes.add(nonActivities + " observed rows are not activities (coordination, funding, other) and stay out "
                    + "of the cube");
        }
        return b;
    }

    private static int step(CsvInput sim, CsvInput.Row r, Problems problems) {
        try {
            int s = Integer.parseInt(sim.get(r, "step"));
            if (s >= 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        sim.error(problems, r, "step", "expected a step number, found '" + sim.get(r, "step") + "'");
        return -1;
    }
}
