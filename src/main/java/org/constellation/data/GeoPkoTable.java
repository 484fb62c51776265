package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Geo-PKO deployments (Cil et al. 2020): one row per mission, year, location and source map. Read as
 * one figure per mission, year and location: the first row's {@code ave.no.troops} (the year's mean
 * over maps; "NA" is a location without a troop figure) and position. Rows of the same mission, year
 * and location that disagree are counted in a warning.
 */
public final class GeoPkoTable {

    static final List<String> REQUIRED = List.of("mission", "year", "country", "location", "latitude", "longitude",
            "ave.no.troops");

    /**
     * One location in one year.
     *
     * @param line the first row's line
     * @param country host country as Geo-PKO names it
     * @param location place name
     * @param lat latitude
     * @param lon longitude
     * @param troops mean troops over the year's maps, or NaN for "NA"
     */
    public record Location(int line, String country, String location, double lat, double lon, double troops) {
    }

    private final CsvInput csv;
    private final Map<String, Map<Integer, Map<String, Location>>> missions;
    private final Map<String, String> names;

    private GeoPkoTable(CsvInput csv, Map<String, Map<Integer, Map<String, Location>>> missions,
            Map<String, String> names) {
        this.csv = csv;
        this.missions = missions;
        this.names = names;
    }

    /** Reads the table; bad years, positions and troop figures are located errors. */
    public static GeoPkoTable read(Path file, Problems problems) throws DataException {
        CsvInput csv = CsvInput.read(file, REQUIRED, problems);
        Map<String, Map<Integer, Map<String, Location>>> missions = new LinkedHashMap<>();
        Map<String, String> names = new TreeMap<>();
        int disagreeing = 0;
        for (CsvInput.Row row : csv.rows()) {
            String mission = Ids.tidy(csv.get(row, "mission"));
            String location = Ids.tidy(csv.get(row, "location"));
            if (mission.isEmpty() || location.isEmpty()) {
                csv.error(problems, row, mission.isEmpty() ? "mission" : "location", "empty");
                continue;
            }
            Integer year = year(csv, row, problems);
            double lat = csv.number(row, "latitude", -90, 90, problems);
            double lon = csv.number(row, "longitude", -180, 180, problems);
            String troopText = csv.get(row, "ave.no.troops");
            double troops = "NA".equals(troopText) || troopText.isEmpty() ? Double.NaN
                    : csv.number(row, "ave.no.troops", 0, 1e6, problems);
            if (year == null || Double.isNaN(lat) || Double.isNaN(lon)) {
                continue;
            }
            names.putIfAbsent(mission.toUpperCase(Locale.ROOT), mission);
            Map<String, Location> places = missions.computeIfAbsent(mission, m -> new TreeMap<>())
                    .computeIfAbsent(year, y -> new TreeMap<>());
            Location first = places.putIfAbsent(location, new Location(row.line(), Ids.tidy(csv.get(row, "country")),
                    location, lat, lon, troops));
            if (first != null && !same(first.troops(), troops)) {
                disagreeing++;
            }
        }
        if (disagreeing > 0) {
            problems.warn(file + ": " + disagreeing + " rows give another ave.no.troops than the first row of their "
                    + "mission, year and location; the first is used");
        }
        return new GeoPkoTable(csv, missions, names);
    }

    private static boolean same(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }

    private static Integer year(CsvInput csv, CsvInput.Row row, Problems problems) {
        try {
            int y = Integer.parseInt(csv.get(row, "year"));
            if (y >= 1900 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        csv.error(problems, row, "year", "expected a year, found '" + csv.get(row, "year") + "'");
        return null;
    }

    /** The file read. */
    public CsvInput csv() {
        return csv;
    }

    /** Every mission's acronym, sorted. */
    public List<String> missions() {
        return new ArrayList<>(names.values());
    }

    /** The acronym as the table writes it, for any case of it, or null. */
    public String mission(String acronym) {
        return names.get(Ids.tidy(acronym).toUpperCase(Locale.ROOT));
    }

    /** A mission's years with data, each with its locations by name. */
    public Map<Integer, Map<String, Location>> years(String mission) {
        return missions.getOrDefault(mission, Map.of());
    }
}
