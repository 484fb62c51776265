package org.constellation.experiment.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Accepts runs.csv rows, in order, while each is the complete record of the next expected run: its
 * run id, point, replicate, seed and factor values those of the plan, and every metric a number (or
 * empty). The first row that is not ends what a sweep or shard has recorded: a row half-written when
 * the process was killed, or one damaged since.
 */
final class RowCheck implements Predicate<String> {

    private final long[] ids;
    private final RunPlan plan;
    private final int factors;
    private final int fields;
    private int count;

    RowCheck(long[] ids, ExperimentSpec spec, RunPlan plan) {
        this.ids = ids;
        this.plan = plan;
        this.factors = spec.factors().size();
        this.fields = SweepFiles.runsFields(spec);
    }

    @Override
    public boolean test(String line) {
        List<String> f = SweepFiles.split(line);
        if (f.size() != fields || count >= ids.length || !isRun(f, plan.run(ids[count]))) {
            return false;
        }
        for (int i = 4 + factors; i < fields; i++) {
            if (!isNumber(f.get(i))) {
                return false;
            }
        }
        count++;
        return true;
    }

    private boolean isRun(List<String> f, RunPlan.Run run) {
        if (!f.get(0).equals(Long.toString(run.id())) || !f.get(1).equals(Integer.toString(run.point()))
                || !f.get(2).equals(Integer.toString(run.replicate())) || !f.get(3).equals(Long.toString(run.seed()))) {
            return false;
        }
        List<Object> labels = plan.labels(run.point());
        for (int i = 0; i < factors; i++) {
            if (!f.get(4 + i).equals(SweepFiles.text(labels.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String field) {
        if (field.isEmpty()) {
            return true;
        }
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Rows accepted so far. */
    int accepted() {
        return count;
    }

    /**
     * The runs a runs.csv records, in order, checked by {@code check}; a file that goes on after its last
     * expected run (a damaged line) counts as one run short, so that {@code --resume} repairs it.
     *
     * @throws SweepException if its header is not {@code header}
     */
    static long count(Path file, String header, RowCheck check) throws IOException, SweepException {
        if (!Files.exists(file)) {
            return 0;
        }
        String line;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!header.equals(in.readLine())) {
                throw new SweepException(file + " was written by a different experiment or version (its header "
                        + "differs)");
            }
            do {
                line = in.readLine();
            } while (line != null && check.test(line));
        }
        return line == null || check.count < check.ids.length ? check.count : check.ids.length - 1;
    }
}
