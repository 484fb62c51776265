package org.constellation.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an output folder holds, read before anything is written there: nothing (or only what a killed
 * process left, see {@link Leftovers}), a run's results, a sweep's, or something else. A folder is a
 * run's when its manifest says so ({@value #KIND} {@code run}; older manifests are recognised by their
 * keys), or when a run was killed while putting its files in place; it is a sweep's when it holds the
 * sweep's copy of its experiment file or a sweep manifest. What would make writing there unsafe is
 * listed as obstacles: the folder itself a link or a file, a symbolic link among its entries (or in
 * its {@code charts} or {@code compare-3w} folder), one of Constellation's file names taken by a folder
 * or a device, and a damaged manifest, which would stop later commands half-way.
 *
 * @param dir the folder
 * @param kind what it holds
 * @param entries its entries, leftovers of killed processes excluded
 * @param ours the names its kind writes (a run's fixed set; for a sweep, every entry, since a sweep
 *             replaces nothing)
 * @param obstacles why nothing may be written there, each a sentence naming the entry (none if safe)
 * @param manifest its manifest, or an empty map
 */
public record OutputFolder(Path dir, Kind kind, List<String> entries, Set<String> ours, List<String> obstacles,
        Map<String, Object> manifest) {

    /** Keeps the lists as they were read. */
    public OutputFolder {
        entries = List.copyOf(entries);
        ours = Set.copyOf(ours);
        obstacles = List.copyOf(obstacles);
        manifest = java.util.Collections.unmodifiableMap(manifest);
    }

    /** The manifest key that says what wrote a folder. */
    public static final String KIND = "kind";

    /** The names a run ever writes ({@code compare-3w} with {@code --compare-3w}). */
    public static final Set<String> RUN_FILES = Set.of("timeseries.csv", "summary.csv", "manifest.json",
            "who-does-what-where.csv", "charts", "compare-3w");

    /** The folders a sweep's folder may hold that a sweep itself never writes in: the shards and SLURM's files. */
    public static final Set<String> SHARD_FOLDERS = Set.of("shards", "slurm");

    /** Files that a run or a sweep writes, which must be files if they are there. */
    private static final Set<String> FILES = Set.of("timeseries.csv", "summary.csv", "manifest.json",
            "who-does-what-where.csv", "runs.csv", "points.csv", "timeseries.csv.gz", ".timeseries.partial.csv",
            "experiment.yaml", "shard.txt", ".origin", ".lock", "report.html", "differences.csv", "prcc.csv",
            "sensitivity-sobol.csv", "sensitivity-morris.csv", "counterfactual-runs.csv", "counterfactual.csv", "posterior-draws.csv");

    /** Folders that a run or a sweep writes in, which must be folders if they are there. */
    private static final Set<String> FOLDERS = Set.of("charts", "slurm", "shards", "compare-3w");

    /** The folders of a run whose entries are checked for links too. */
    private static final Set<String> SUBFOLDERS = Set.of("charts", "compare-3w");

    /** The largest manifest read (a larger file is not one of ours). */
    private static final long MAX_MANIFEST_BYTES = 16L << 20;

    /** What a folder holds. */
    public enum Kind {
        /** Absent, or empty but for leftovers. */
        NONE,
        /** A run's results (possibly interrupted while being put in place). */
        RUN,
        /** A sweep's (or a shard's, or a merged sweep's) results, finished or not. */
        SWEEP,
        /** Anything else. */
        OTHER
    }

    /** Reads what {@code dir} holds. */
    public static OutputFolder inspect(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || Files.exists(dir) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isSymbolicLink(dir) ? "a symbolic link" : "a file, not a folder";
            return new OutputFolder(dir, Kind.OTHER, List.of(), Set.of(), List.of(dir + " is " + what), Map.of());
        }
        if (!Files.exists(dir)) {
            return new OutputFolder(dir, Kind.NONE, List.of(), Set.of(), List.of(), Map.of());
        }
        List<String> entries = new ArrayList<>();
        boolean staging = false;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                String name = p.getFileName().toString();
                staging |= name.startsWith(".staging-");
                if (!Leftovers.matches(name)) {
                    entries.add(name);
                }
            }
        }
        List<String> obstacles = obstacles(dir, entries);
        Manifest read = Manifest.read(dir.resolve("manifest.json"), MAX_MANIFEST_BYTES);
        Map<String, Object> manifest = read.content();
        Object kind = manifest.get(KIND);
        Kind found;
        if ("sweep".equals(kind) || manifest.containsKey("experiment") && manifest.containsKey("design")
                || Files.isRegularFile(dir.resolve("experiment.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            found = Kind.SWEEP;
        } else if (entries.isEmpty()) {
            found = Kind.NONE;
        } else if ("run".equals(kind) || kind == null && manifest.containsKey("resolved_scenario")
                && manifest.containsKey("seed") || staging && manifest.isEmpty() && RUN_FILES.containsAll(entries)) {
            found = Kind.RUN;
        } else {
            found = Kind.OTHER;
        }
        if (read.damage() != null && found != Kind.OTHER) {
            obstacles.add(dir.resolve("manifest.json") + " cannot be read: " + read.damage());
        }
        Set<String> ours = found == Kind.RUN ? RUN_FILES : found == Kind.SWEEP ? Set.copyOf(entries) : Set.of();
        return new OutputFolder(dir, found, entries, ours, obstacles, manifest);
    }

    /** Why nothing may be written in this folder, as a message ending with what to do; empty if it is safe. */
    public Optional<String> refusal(String option) {
        if (obstacles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(obstacles.get(0) + "; Constellation never writes through links or over what is not "
                + "its own file, so it will not work in " + dir + ": fix that, or choose another " + option);
    }

    /** Entries that are none of the folder's own: what replacing it would lose. */
    public List<String> foreign() {
        return entries.stream().filter(e -> !ours.contains(e)).toList();
    }

    /** The entries other than {@link #SHARD_FOLDERS}. */
    public List<String> besidesShards() {
        return entries.stream().filter(e -> !SHARD_FOLDERS.contains(e)).toList();
    }

    /** The entries its own kind accounts for and that are present. */
    public List<String> own() {
        return entries.stream().filter(ours::contains).toList();
    }

    /** A short list of names for a message: the first few, and how many more. */
    public static String names(List<String> names) {
        int shown = Math.min(names.size(), 5);
        String list = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? list + " and " + (names.size() - shown) + " more" : list;
    }

    private static List<String> obstacles(Path dir, List<String> entries) throws IOException {
        List<String> obstacles = new ArrayList<>();
        for (String e : entries) {
            Path p = dir.resolve(e);
            if (Files.isSymbolicLink(p)) {
                obstacles.add(p + " is a symbolic link");
            } else if (FILES.contains(e) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                obstacles.add(p + " is not a file");
            } else if (FOLDERS.contains(e) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                obstacles.add(p + " is not a folder");
            } else if (SUBFOLDERS.contains(e)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isSymbolicLink).sorted().forEach(c -> obstacles.add(c + " is a symbolic link"));
                }
            }
        }
        return obstacles;
    }

    /** A manifest read: its content (empty if absent, a link or damaged) and why it is damaged, or null. */
    private record Manifest(Map<String, Object> content, String damage) {

        static Manifest read(Path file, long maxBytes) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Manifest(Map.of(), null);
            }
            try {
                if (Files.size(file) > maxBytes) {
                    return new Manifest(Map.of(), "it is larger than a manifest can be");
                }
                return new Manifest(Json.read(file), null);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return new Manifest(Map.of(), "it is not a JSON object (" + e.getOriginalMessage().lines()
                        .findFirst().orElse("") + ", line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")");
            } catch (IOException e) {
                return new Manifest(Map.of(), "it cannot be read (" + e.getMessage() + ")");
            }
        }
    }
}
