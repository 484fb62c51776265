package org.constellation.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A 3W cube on the comparison's grid: for each region and activity category, the organisations
 * that work there, and each organisation's profile. Observed and simulated cubes are built on the
 * same regions and categories so that their statistics compare ({@link ThreeWStatistics}).
 */
public final class ThreeWCube {

    private final List<String> regions;
    private final List<String> categories;
    private final Map<String, Set<String>> cells;
    private final Map<String, String> profiles;

    private ThreeWCube(List<String> regions, List<String> categories, Map<String, Set<String>> cells,
            Map<String, String> profiles) {
        this.regions = List.copyOf(regions);
        this.categories = List.copyOf(categories);
        this.cells = cells;
        this.profiles = profiles;
    }

    /** Collects organisations by region and category; {@link #on} puts them on a grid. */
    public static final class Builder {
        private final Map<String, Set<String>> cells = new TreeMap<>();
        private final Map<String, String> profiles = new TreeMap<>();
        private final Set<String> regions = new TreeSet<>();

        /** Records that an organisation of a profile works in a region on a category. */
        public Builder add(String region, String category, String organisation, String profile) {
            cells.computeIfAbsent(key(region, category), k -> new TreeSet<>()).add(organisation);
            profiles.putIfAbsent(organisation, profile);
            regions.add(region);
            return this;
        }

        /** The regions seen so far, sorted. */
        public Set<String> regions() {
            return Collections.unmodifiableSet(regions);
        }

        /** The cube on a grid of regions and categories (cells outside it are dropped). */
        public ThreeWCube on(List<String> gridRegions, List<String> gridCategories) {
            Map<String, Set<String>> kept = new LinkedHashMap<>();
            Map<String, String> keptProfiles = new TreeMap<>();
            for (String r : gridRegions) {
                for (String c : gridCategories) {
                    Set<String> orgs = cells.getOrDefault(key(r, c), Set.of());
                    kept.put(key(r, c), Collections.unmodifiableSet(new TreeSet<>(orgs)));
                    orgs.forEach(o -> keptProfiles.put(o, profiles.get(o)));
                }
            }
            return new ThreeWCube(gridRegions, gridCategories, kept, keptProfiles);
        }
    }

    private static String key(String region, String category) {
        return region + "\u0000" + category;
    }

    /** The regions, in grid order. */
    public List<String> regions() {
        return regions;
    }

    /** The categories, in grid order. */
    public List<String> categories() {
        return categories;
    }

    /** The organisations working in a region on a category. */
    public Set<String> organisations(String region, String category) {
        return cells.getOrDefault(key(region, category), Set.of());
    }

    /** The organisations working in a region on any category. */
    public Set<String> organisations(String region) {
        Set<String> out = new LinkedHashSet<>();
        categories.forEach(c -> out.addAll(organisations(region, c)));
        return out;
    }

    /** An organisation's profile. */
    public String profile(String organisation) {
        return profiles.get(organisation);
    }

    /** The profiles present, sorted. */
    public List<String> profiles() {
        return new ArrayList<>(new TreeSet<>(profiles.values()));
    }
}
