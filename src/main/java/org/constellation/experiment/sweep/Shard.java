package org.constellation.experiment.sweep;

import java.util.PriorityQueue;

/**
 * One part of a sweep's runs, {@code index} of {@code count} (1-based, as {@code --shard 2/8}). The
 * partition is fixed by the experiment alone, so every shard computes the same one: runs are dealt
 * in run-id order, each to the shard with the least expected cost so far (ties to the lowest index),
 * where a run's expected cost is its number of steps. With equal costs this is round-robin, so each
 * shard gets every design point's replicates in turn and points that cost more are spread evenly.
 *
 * @param index this shard, from 1
 * @param count number of shards
 */
public record Shard(int index, int count) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, not " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, e.g. 2/8, not '" + text + "'");
    }

    /** Whether this is the whole sweep. */
    public boolean whole() {
        return count == 1;
    }

    /** This shard's run ids, ascending. */
    public long[] ids(RunPlan plan) {
        long total = plan.runs();
        PriorityQueue<double[]> load = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
                : Double.compare(a[1], b[1]));
        for (int s = 0; s < count; s++) {
            load.add(new double[] {0, s});
        }
        long[] mine = new long[Math.toIntExact(total / count + 1)];
        int n = 0;
        for (long id = 0; id < total; id++) {
            double[] least = load.poll();
            if ((int) least[1] == index - 1) {
                if (n == mine.length) {
                    mine = java.util.Arrays.copyOf(mine, n * 2);
                }
                mine[n++] = id;
            }
            least[0] += plan.expectedCost(plan.run(id).point());
            load.add(least);
        }
        return java.util.Arrays.copyOf(mine, n);
    }

    /** As written: {@code I/N}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** The folder name of this shard's outputs: {@code shard-I-of-N}. */
    public String folderName() {
        return "shard-" + index + "-of-" + count;
    }
}
