package org.constellation.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A calibration's posterior.csv read back: its particles' weights and the values they give each
 * scenario key (the columns after {@code distance}, named by key path), so that runs and sweeps can use
 * calibrated values: the weighted median of each key, or one particle (a joint draw).
 *
 * @param file the file
 * @param paths the scenario keys, in column order
 * @param weights each particle's weight (normalised)
 * @param values each particle's values, one row per particle
 */
public record PosteriorFile(Path file, List<String> paths, double[] weights, double[][] values) {

    private static final List<String> LEADING = List.of("particle", "generation", "weight", "distance");

    /** Reads a posterior.csv, or throws with the file, line and column of the first problem. */
    public static PosteriorFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = CsvTable.stream(file, rows::add);
        if (header.size() <= LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
            throw new IOException(file + ":1: not a calibration's posterior.csv: its columns must start with "
                    + String.join(",", LEADING) + ", then one per calibrated scenario key");
        }
        List<String> paths = header.subList(LEADING.size(), header.size());
        double[] weights = new double[rows.size()];
        double[][] values = new double[rows.size()][paths.size()];
        double total = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String at = file + ":" + (i + 2);
            if (row.size() != header.size()) {
                throw new IOException(at + ": " + row.size() + " fields, expected " + header.size());
            }
            weights[i] = number(row.get(2), at, "weight");
            if (weights[i] < 0) {
                throw new IOException(at + ": weight must not be negative, was " + row.get(2));
            }
            total += weights[i];
            for (int d = 0; d < paths.size(); d++) {
                values[i][d] = number(row.get(LEADING.size() + d), at, paths.get(d));
            }
        }
        if (!(total > 0)) {
            throw new IOException(file + ": no particle with a positive weight");
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= total;
        }
        return new PosteriorFile(file, List.copyOf(paths), weights, values);
    }

    private static double number(String text, String at, String column) throws IOException {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException(at + ": " + column + " must be a number, was '" + text + "'");
    }

    /** Number of particles. */
    public int size() {
        return weights.length;
    }

    /**
     * The overrides that set every key to its weighted median (the smallest value whose cumulative
     * weight reaches one half, so a particle's value: whole numbers stay whole).
     */
    public List<String> medianOverrides() {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < paths.size(); d++) {
            final int column = d;
            Integer[] order = new Integer[size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i][column]).thenComparingInt(i -> i));
            double cumulative = 0;
            double median = values[order[size() - 1]][d];
            for (Integer i : order) {
                cumulative += weights[i];
                if (cumulative >= 0.5 - 1e-12) {
                    median = values[i][d];
                    break;
                }
            }
            out.add(paths.get(d) + "=" + Numbers.format(median));
        }
        return out;
    }

    /** The overrides of one particle (0-based, as the file's {@code particle} column). */
    public List<String> particleOverrides(int particle) {
        if (particle < 0 || particle >= size()) {
            throw new IllegalArgumentException(file + " has particles 0 to " + (size() - 1) + ", not " + particle);
        }
        List<String> out = new ArrayList<>();
        for (int d = 0; d < paths.size(); d++) {
            out.add(paths.get(d) + "=" + Numbers.format(values[particle][d]));
        }
        return out;
    }

    /**
     * {@code n} particles drawn by weight with replacement, by systematic resampling (Kitagawa 1996) from a
     * generator seeded by {@code seed}: deterministic, and each particle drawn close to n times its weight.
     */
    public int[] draw(int n, long seed) {
        double u = new ec.util.MersenneTwisterFast(seed).nextDouble() / n;
        int[] out = new int[n];
        double cumulative = weights[0];
        int i = 0;
        for (int k = 0; k < n; k++) {
            double target = u + (double) k / n;
            while (target > cumulative && i < size() - 1) {
                i++;
                cumulative += weights[i];
            }
            out[k] = i;
        }
        return out;
    }
}
