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
     */
    public record Result(ThreeWCube observed, ThreeWCube simulated, ThreeWComparison comparison, List<String> notes,
            int from, int to) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private CompareThreeW() {
    }

    /** Runs the comparison, or throws with what is wrong with the inputs. */
    public static Result run(Options o) throws DataException {
        Problems problems = new Problems();
        ThreeWCategories categories = new ThreeWCategories(o.mapping());
        CsvInput sim = CsvInput.read(o.simulated(), SIMULATED_COLUMNS, problems);
        PresenceTable table = PresenceTable.read(o.observed(), problems);
        problems.throwIfErrors();
        int last = -1;
        for (CsvInput.Row r : sim.rows()) {
            last = Math.max(last, step(sim, r, problems));
        }
        problems.throwIfErrors();
        if (last < 0) {
            throw new DataException(o.simulated() + ": has no rows; run with --3w for a run whose actors did something");
        }
        int from = o.from() < 0 ? last : o.from();
        int to = o.to() < 0 ? last : o.to();
        if (from > to || from > last) {
            throw new DataException("--steps " + from + "-" + to + ": the simulated 3W has steps 0-" + last);
        }
        List<String> notes = new ArrayList<>();
        ThreeWCube.Builder simulated = new ThreeWCube.Builder();
        Set<String> countries = new TreeSet<>();
        Set<String> outside = new TreeSet<>();
        for (CsvInput.Row r : sim.rows()) {
            countries.add(sim.get(r, "country"));
            int step = Integer.parseInt(sim.get(r, "step"));
            if (step < from || step > to) {
                continue;
            }
            String key = sim.get(r, "challenge") + "/" + sim.get(r, "activity");
            String category = categories.ofActivity(key);
            if (category == null) {
                outside.add(key);
            } else {
                simulated.add(sim.get(r, "district"), category, sim.get(r, "actor"), sim.get(r, "organisation"));
            }
        }
        if (!outside.isEmpty()) {
            notes.add("simulated activities no 3W category maps to, left out: " + String.join(", ", outside));
        }
        ThreeWCube.Builder observed = observed(o, table, countries, categories, problems, notes);
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
        return new Result(obs, simCube, ThreeWComparison.of(obs, simCube), notes, from, to);
    }

    private static ThreeWCube.Builder observed(Options o, PresenceTable table, Set<String> countries,
            ThreeWCategories categories, Problems problems, List<String> notes) throws DataException {
        Set<String> keep = new TreeSet<>();
        table.rows().forEach(r -> {
            if (countries.contains(Ids.slug(r.country()))) {
                keep.add(r.country());
            }
        });
        ThreeWRows rows = new ThreeWRows(table, o.mapping(), keep, r -> o.mapping().districtOf(r.region()), problems);
        problems.throwIfErrors();
        notes.add(o.observed() + ": " + rows.account(table.csv().rows().size()));
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
        if (keep.isEmpty()) {
            throw new DataException(o.observed() + ": no row is in a country of the run " + countries);
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
