package org.constellation.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.model.spec.ActorSpec;
import org.constellation.scenario.LoadedScenario;
import org.constellation.scenario.ScenarioException;
import org.constellation.scenario.ScenarioLoader;

/**
 * {@code import geo-pko}: a scenario's mission given the presence and capacity Geo-PKO records for it,
 * year by year. Each location is placed in the nearest district of the scenario in the same country
 * (great-circle distance; those farther than {@link #FAR_KM} are listed); a district is in the
 * mission's presence in a year if a location of that year is placed there; capacity is the year's
 * troops (one {@code ave.no.troops} per location) on the scenario effort scale,
 * {@link #EFFORT_PER_TROOP} units per soldier. The result is the scenario's own text with a
 * schedule for the mission's actor (one change per year, in January) and a provenance block.
 */
public final class GeoPkoImport {

    /** Effort units per soldier: the scale of scenarios/README.md, MINUSMA's ~15,000 personnel = 40 units. */
    public static final double EFFORT_PER_TROOP = 40.0 / 15_000;
    /** Distance beyond which a location is listed as far from its district, in km. An assumption. */
    public static final double FAR_KM = 100;
    private static final double EARTH_KM = 6371.0088;

    /**
     * What to import.
     *
     * @param deployments the Geo-PKO file
     * @param mission the mission's acronym (any case)
     * @param base the scenario to give the mission to
     * @param from first year, or null for the mission's first
     * @param to last year, or null for its last
     * @param out where the result will be written (for relative paths)
     * @param command the command line (written into the result)
     */
    public record Options(Path deployments, String mission, Path base, Integer from, Integer to, Path out,
            String command) {
    }

    /**
     * The result.
     *
     * @param yaml the scenario's text
     * @param warnings the warnings (also in the text)
     * @param summary a one-line account
     */
    public record Result(String yaml, List<String> warnings, String summary) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** The marker that opens the provenance block of an import (followed by the mission). */
    private static final String MARKER = "import geo-pko ";
    /** How the block says that the import edited its base in place. */
    private static final String IN_PLACE = "base: this file";

    private GeoPkoImport() {
    }

    /**
     * Whether a file's text is one this import wrote from another base (one of its import blocks names
     * another file as the base), which it may write again. A scenario whose blocks were all written in
     * place is its author's: only an import that names it as its base may change it.
     */
    public static boolean wrote(String text) {
        boolean inBlock = false;
        boolean inPlace = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("# >>> " + MARKER)) {
                inBlock = true;
                inPlace = false;
            } else if (inBlock && line.startsWith("# " + IN_PLACE)) {
                inPlace = true;
            } else if (inBlock && line.startsWith("# <<< " + MARKER)) {
                if (!inPlace) {
                    return true;
                }
                inBlock = false;
            }
        }
        return false;
    }

    /** Runs the import, or throws with what is wrong. */
    public static Result run(Options o) throws DataException {
        Problems problems = new Problems();
        GeoPkoTable table = GeoPkoTable.read(o.deployments(), problems);
        problems.throwIfErrors();
        String mission = table.mission(o.mission());
        if (mission == null) {
            throw new DataException("--mission " + o.mission() + ": not in " + o.deployments() + "; its missions are "
                    + table.missions());
        }
        Map<Integer, Map<String, GeoPkoTable.Location>> years = table.years(mission);
        int first = years.keySet().stream().min(Integer::compare).orElseThrow();
        int last = years.keySet().stream().max(Integer::compare).orElseThrow();
        int from = o.from() == null ? first : o.from();
        int to = o.to() == null ? last : o.to();
        if (from < first || to > last || from > to) {
            throw new DataException(mission + " has data for " + first + "-" + last + " in " + o.deployments()
                    + "; --from " + from + " --to " + to + " is outside it" + (from > to ? " (--from after --to)" : ""));
        }
        LoadedScenario base = load(o.base());
        Object start = base.resolved().get("start_date");
        if (!(start instanceof String startDate)) {
            throw new DataException(o.base() + ": has no start_date; add 'start_date: YYYY-MM' (the month of step 0) "
                    + "so that years can be placed in the run");
        }
        int startYear = Integer.parseInt(startDate.substring(0, 4));
        if (from < startYear) {
            throw new DataException("--from " + from + " is before the scenario's start_date " + startDate);
        }
        ActorSpec actor = actor(base, mission, o.base());
        GeoPkoPlacement placement = new GeoPkoPlacement(base.scenario().model().region().countries(),
                base.scenario().model().region().districts());
        List<String> entry = new ArrayList<>();
        entry.add("  " + actor.id() + ":");
        entry.add("    # " + mission + " in Geo-PKO v2.3 (Cil et al. 2020): one figure per year and location");
        entry.add("    # (ave.no.troops), each location in its nearest district of the same country; capacity = troops");
        entry.add("    # x 40 / 15,000 (the effort scale of scenarios/README.md). Written by import geo-pko: see the header.");
        int written = 0;
        for (int year = from; year <= to; year++) {
            Map<String, GeoPkoTable.Location> places = years.get(year);
            if (places == null) {
                problems.warn(mission + " has no data for " + year + "; the figures of the year before stay");
                continue;
            }
            entry.add(placement.entry(year, places.values()));
            written++;
        }
        placement.report(mission, problems);
        Provenance3w header = new Provenance3w("The schedule of " + actor.id() + " (" + mission + ") is written by "
                + "`import geo-pko` from Geo-PKO", o.command())
                .input(o.deployments(), table.csv().rows().size() + " rows; " + mission + " " + from + "-" + to + ": "
                        + placement.locations() + " locations in " + written + " years")
                .line(sameFile(o.base(), o.out()) ? IN_PLACE + " (edited in place; nothing outside the block "
                        + "and schedules." + actor.id() + " changes)" : "base: " + o.base() + " (sha256 "
                        + base.sha256() + ")");
        header.warnings(problems.warnings());
        String text = ScheduleText.of(o.base().toString(), read(o.base()))
                .move(parent(o.base()), parent(o.out()))
                .schedule(actor.id(), entry)
                .block(MARKER + mission, List.of(header.render().split("\n")))
                .text();
        return new Result(text, problems.warnings(), actor.id() + ": " + written + " yearly changes (" + from + "-" + to
                + ", " + placement.locations() + " locations), " + problems.warnings().size() + " warnings");
    }

    private static LoadedScenario load(Path base) throws DataException {
        try {
            return ScenarioLoader.load(base);
        } catch (ScenarioException e) {
            throw new DataException(e.problems());
        }
    }

    private static String read(Path file) throws DataException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new DataException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static ActorSpec actor(LoadedScenario base, String mission, Path file) throws DataException {
        String id = Ids.slug(mission);
        for (ActorSpec a : base.scenario().model().actors()) {
            if (a.id().equals(id) || a.name().equalsIgnoreCase(mission)) {
                return a;
            }
        }
        throw new DataException(file + ": has no actor for " + mission + " (looked for id '" + id + "' or name '"
                + mission + "'); add one (organisation: un-peacekeeping) and import again");
    }

    private static Path parent(Path file) {
        Path p = file.toAbsolutePath().getParent();
        return p == null ? Path.of("") : p;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Great-circle distance in km between two points given in degrees. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
