package org.constellation.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.constellation.experiment.AtomicFile;
import org.constellation.experiment.Leftovers;
import org.constellation.experiment.OutputFolder;
import org.constellation.scenario.ScenarioException;

/**
 * Combines the folders of a sharded sweep into one folder with the runs.csv, points.csv and time
 * series an unsharded sweep of the same experiment writes, byte for byte, streaming the shards' rows
 * in run-id order. It refuses shards of different experiment files or versions, a shard given twice,
 * and an incomplete set, naming the missing runs and how to finish them.
 */
public final class SweepMerge {

    /** Run-id ranges listed in a "missing runs" message before it is cut short. */
    private static final int LISTED = 12;

    /**
     * A merged sweep.
     *
     * @param spec its experiment
     * @param plan its runs
     * @param shards the shard folders, by shard index
     */
    public record Merged(ExperimentSpec spec, RunPlan plan, List<ShardInfo> shards) {
    }

    /**
     * What the merged manifest keeps of a shard.
     *
     * @param dir its folder
     * @param manifest its manifest
     */
    public record ShardInfo(Path dir, Map<String, Object> manifest) {
    }

    private SweepMerge() {
    }

    /** Checks the shards, then writes the merged records into {@code out}. */
    public static Merged merge(List<Path> dirs, Path out) throws IOException, SweepException {
        List<ShardFolder> shards = new ArrayList<>();
        for (Path d : dirs) {
            shards.add(ShardFolder.open(d));
        }
        ShardFolder first = shards.get(0);
        ExperimentSpec spec = sameExperiment(shards);
        RunPlan plan = new RunPlan(spec);
        checkShardSet(shards);
        checkComplete(shards, plan, spec);
        sameTool(shards);
        prepareOut(out, dirs, first.experiment());
        ShardFolder[] byIndex = new ShardFolder[first.shard().count()];
        shards.forEach(s -> byIndex[s.shard().index() - 1] = s);
        mergeRows(byIndex, out.resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec), ShardFolder::runs);
        if (spec.hasCounterfactual()) {
            mergeRows(byIndex, out.resolve(CounterfactualRuns.FILE), SweepFiles.runsHeader(spec),
                    ShardFolder::counterfactualRuns);
        }
        if (spec.timeseries()) {
            mergeRows(byIndex, out.resolve(SweepFiles.TIMESERIES_PARTIAL), SweepFiles.timeseriesHeader(spec),
                    ShardFolder::timeseries);
        }
        PointsFile.write(out.resolve(SweepFiles.POINTS), spec, plan);
        List<ShardInfo> infos = new ArrayList<>();
        for (ShardFolder s : byIndex) {
            infos.add(new ShardInfo(s.dir(), s.manifest()));
        }
        return new Merged(spec, plan, infos);
    }

    private static ExperimentSpec sameExperiment(List<ShardFolder> shards) throws SweepException {
        ShardFolder first = shards.get(0);
        for (ShardFolder s : shards) {
            if (!s.experiment().equals(first.experiment())) {
                throw new SweepException(s.dir() + " and " + first.dir() + " hold different experiment files (their "
                        + SweepFiles.EXPERIMENT + " differ); merge only the shards of one sweep");
            }
        }
        try {
            return ExperimentLoader.loadSpec(first.dir().resolve(SweepFiles.EXPERIMENT));
        } catch (ScenarioException e) {
            throw new SweepException(String.join("; ", e.problems()));
        }
    }

    private static void checkShardSet(List<ShardFolder> shards) throws SweepException {
        Map<Integer, Path> seen = new HashMap<>();
        int count = shards.get(0).shard().count();
        for (ShardFolder s : shards) {
            if (s.shard().count() != count) {
                throw new SweepException(s.dir() + " holds shard " + s.shard() + " but " + shards.get(0).dir()
                        + " holds shard " + shards.get(0).shard() + ": the shards of one sweep share N");
            }
            Path other = seen.put(s.shard().index(), s.dir());
            if (other != null) {
                throw new SweepException("shard " + s.shard() + " is given twice: " + other + " and " + s.dir());
            }
        }
    }

    /** Refuses an incomplete set, listing what is missing and how to finish it. */
    private static void checkComplete(List<ShardFolder> shards, RunPlan plan, ExperimentSpec spec)
            throws IOException, SweepException {
        int count = shards.get(0).shard().count();
        boolean[] present = new boolean[Math.toIntExact(plan.runs())];
        List<String> problems = new ArrayList<>();
        for (ShardFolder s : shards) {
            long[] ids = s.shard().ids(plan);
            long runs = RowCheck.count(s.dir().resolve(SweepFiles.RUNS), SweepFiles.runsHeader(spec),
                    new RowCheck(ids, spec, plan));
            int recorded = Math.toIntExact(CounterfactualRuns.paired(s.dir(), spec, plan, ids, runs));
            for (int i = 0; i < recorded; i++) {
                present[(int) ids[i]] = true;
            }
            if (recorded < ids.length) {
                problems.add("shard " + s.shard() + " in " + s.dir() + " has " + recorded + " of its " + ids.length
                        + " runs (finish it with 'constellation sweep EXPERIMENT --shard " + s.shard() + " --out "
                        + s.dir() + " --resume')");
            } else if (s.manifest() == null) {
                problems.add("shard " + s.shard() + " in " + s.dir() + " has all its runs but did not finish (no "
                        + SweepFiles.MANIFEST + "; run it again with --resume)");
            }
        }
        for (int i = 1; i <= count; i++) {
            final int index = i;
            if (shards.stream().noneMatch(s -> s.shard().index() == index)) {
                problems.add("shard " + i + "/" + count + " is not among the folders given");
            }
        }
        if (!problems.isEmpty()) {
            throw new SweepException("cannot merge: " + missing(present) + "; " + String.join("; ", problems));
        }
    }

    /** "missing 12 of 400 runs (ids 3, 7-9, ...)" */
    static String missing(boolean[] present) {
        List<String> ranges = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < present.length; i++) {
            if (present[i]) {
                continue;
            }
            int j = i;
            while (j + 1 < present.length && !present[j + 1]) {
                j++;
            }
            missing += j - i + 1;
            if (ranges.size() < LISTED) {
                ranges.add(i == j ? Integer.toString(i) : i + "-" + j);
            } else if (ranges.size() == LISTED) {
                ranges.add("...");
            }
            i = j;
        }
        return "missing " + missing + " of " + present.length + " runs (run ids " + String.join(", ", ranges) + ")";
    }

    private static void sameTool(List<ShardFolder> shards) throws SweepException {
        Object tool = shards.get(0).tool();
        for (ShardFolder s : shards) {
            if (!Objects.equals(s.tool(), tool)) {
                throw new SweepException("shards were run by different versions: " + shards.get(0).dir() + " by "
                        + tool + ", " + s.dir() + " by " + s.tool() + "; run every shard with one version");
            }
        }
    }

    /**
     * Checks the merged folder before writing there: absent, empty, the parent of the shards (holding only
     * {@code shards} and {@code slurm}), or an earlier merge of the same experiment; never one of the
     * shards, a sweep still running there, or a folder holding anything else.
     */
    private static void prepareOut(Path out, List<Path> dirs, String experiment) throws IOException, SweepException {
        for (Path d : dirs) {
            if (Files.exists(out) && Files.isSameFile(out, d)) {
                throw new SweepException("the merged folder cannot be one of the shards: " + out);
            }
        }
        OutputFolder folder = SweepStart.inspect(out);
        List<String> foreign = folder.besidesShards();
        if (folder.kind() == OutputFolder.Kind.RUN || folder.kind() == OutputFolder.Kind.OTHER && !foreign.isEmpty()) {
            throw new SweepException(out + " holds files that are not a sweep's (" + OutputFolder.names(foreign)
                    + "); merge into a new or empty folder, or the folder that holds the shards' 'shards' folder");
        }
        Path copy = out.resolve(SweepFiles.EXPERIMENT);
        if (Files.exists(copy) && !Files.readString(copy, StandardCharsets.UTF_8).equals(experiment)) {
            throw new SweepException(out + " holds a sweep of a different experiment file; choose another --out");
        }
        if (Files.exists(out.resolve(SweepFiles.ORIGIN))) {
            throw new SweepException(out + " holds a sweep that was run there and has not finished (finish it with "
                    + "'constellation sweep EXPERIMENT --out " + out + " --resume'); merge into another --out");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new SweepException(out + " cannot be created: " + e.getMessage());
        }
        Leftovers.remove(out);
        AtomicFile.write(copy, experiment);
    }

    /** Writes the shards' rows in run-id order (runs are interleaved across shards; a run's rows stay together). */
    /** One of a shard's files, opened after its header. */
    @FunctionalInterface
    private interface ShardFile {
        BufferedReader open(ShardFolder shard, String header) throws IOException, SweepException;
    }

    private static void mergeRows(ShardFolder[] shards, Path target, String header, ShardFile which)
            throws IOException, SweepException {
        List<BufferedReader> readers = new ArrayList<>();
        try (AtomicFile file = AtomicFile.open(target)) {
            PriorityQueue<Head> heads = new PriorityQueue<>();
            for (int s = 0; s < shards.length; s++) {
                BufferedReader r = which.open(shards[s], header);
                readers.add(r);
                Head.next(r, s).ifPresent(heads::add);
            }
            Writer w = file.writer();
            w.write(header);
            w.write('\n');
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                w.write(h.line());
                w.write('\n');
                Head.next(readers.get(h.shard()), h.shard()).ifPresent(heads::add);
            }
            w.flush();
            file.commit();
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
    }

    /**
     * The next row of a shard: its run id, the shard and the line. A run's rows all come from one shard,
     * which has one row in the queue at a time, so rows of one run keep their order.
     */
    private record Head(long run, int shard, String line) implements Comparable<Head> {

        static java.util.Optional<Head> next(BufferedReader r, int shard) throws IOException, SweepException {
            String line;
            do {
                line = r.readLine();
            } while (line != null && line.isEmpty());
            if (line == null) {
                return java.util.Optional.empty();
            }
            int comma = line.indexOf(',');
            try {
                return java.util.Optional.of(new Head(Long.parseLong(line.substring(0, Math.max(0, comma))), shard,
                        line));
            } catch (NumberFormatException e) {
                throw new SweepException("shard " + (shard + 1) + " has a damaged time series line (it does not start "
                        + "with a run id); run that shard again with --resume in a new folder");
            }
        }

        @Override
        public int compareTo(Head o) {
            return Long.compare(run, o.run);
        }
    }
}
