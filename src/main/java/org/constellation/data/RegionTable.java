package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of regions (columns country, region, lon, lat, neighbours; optional admin1, pcode,
 * population in thousands): centroids and the regions each touches, across borders too, named as in
 * the table. Neighbour names must resolve to one region (a same-country region wins a tie).
 */
public final class RegionTable {

    static final List<String> REQUIRED = List.of("country", "region", "lon", "lat", "neighbours");

    /**
     * One region.
     *
     * @param line its line in the file
     * @param country its country
     * @param name its name
     * @param pcode its place code, or ""
     * @param lon centroid longitude
     * @param lat centroid latitude
     * @param population inhabitants in thousands, or NaN
     * @param neighbours the regions it touches
     */
    public record Region(int line, String country, String name, String pcode, double lon, double lat,
            double population, List<Region> neighbours) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Region r && r.country.equals(country) && r.name.equals(name);
        }

        @Override
        public int hashCode() {
            return key(country, name).hashCode();
        }

        @Override
        public String toString() {
            return name + " (" + country + ")";
        }
    }

    private final CsvInput csv;
    private final List<Region> regions;

    private RegionTable(CsvInput csv, List<Region> regions) {
        this.csv = csv;
        this.regions = regions;
    }

    /** Reads the table; bad numbers, duplicate names and unknown neighbours are located errors. */
    public static RegionTable read(Path file, Problems problems) throws DataException {
        CsvInput csv = CsvInput.read(file, REQUIRED, problems);
        List<Region> out = new ArrayList<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Region> byKey = new LinkedHashMap<>();
        for (CsvInput.Row row : csv.rows()) {
            String country = Ids.tidy(csv.get(row, "country"));
            String name = Ids.tidy(csv.get(row, "region"));
            if (country.isEmpty() || name.isEmpty()) {
                csv.error(problems, row, country.isEmpty() ? "country" : "region", "empty");
                continue;
            }
            double lon = csv.number(row, "lon", -180, 180, problems);
            double lat = csv.number(row, "lat", -90, 90, problems);
            double population = csv.has("population") && !csv.get(row, "population").isEmpty()
                    ? csv.number(row, "population", 0, 1e7, problems) : Double.NaN;
            Region r = new Region(row.line(), country, name, csv.get(row, "pcode"), lon, lat, population,
                    new ArrayList<>());
            if (byKey.putIfAbsent(key(country, name), r) != null) {
                csv.error(problems, row, "region", "'" + name + "' of " + country + " is listed twice");
                continue;
            }
            out.add(r);
            names.put(key(country, name), List.of(csv.get(row, "neighbours").split(";")));
        }
        for (Region r : out) {
            for (String n : names.get(key(r.country(), r.name()))) {
                String neighbour = Ids.tidy(n);
                if (neighbour.isEmpty()) {
                    continue;
                }
                Region found = resolve(out, r, neighbour);
                if (found == null) {
                    problems.error(csv.name(), r.line(), csv.columnNumber("neighbours"), "neighbours",
                            "unknown or ambiguous neighbour '" + neighbour + "' of " + r.name());
                } else if (!r.neighbours().contains(found)) {
                    r.neighbours().add(found);
                }
            }
        }
        return new RegionTable(csv, List.copyOf(out));
    }

    private static Region resolve(List<Region> all, Region from, String name) {
        List<Region> matches = all.stream().filter(x -> x.name().equalsIgnoreCase(name)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        List<Region> same = matches.stream().filter(x -> x.country().equals(from.country())).toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    static String key(String country, String name) {
        return country.toLowerCase(Locale.ROOT) + "\u0000" + name.toLowerCase(Locale.ROOT);
    }

    /** The file read. */
    public CsvInput csv() {
        return csv;
    }

    /** Every region, in file order. */
    public List<Region> regions() {
        return regions;
    }

    /** The countries, in order of first appearance. */
    public List<String> countries() {
        return regions.stream().map(Region::country).distinct().toList();
    }

    /** The region of a country with a name (any case) or, if given and known, a place code; or null. */
    public Region find(String country, String name, String pcode) {
        if (!pcode.isEmpty()) {
            for (Region r : regions) {
                if (pcode.equals(r.pcode())) {
                    return r;
                }
            }
        }
        for (Region r : regions) {
            if (r.country().equalsIgnoreCase(country) && r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        return null;
    }
}
