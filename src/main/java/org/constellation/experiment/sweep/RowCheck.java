package org.constellation.experiment.sweep;

import java.util.List;
import java.util.function.Predicate;

/**
 * Accepts runs.csv rows, in order, while they are complete (every field present) and are the
 * expected runs; the first that is not ends what a sweep or shard has recorded.
 */
final class RowCheck implements Predicate<String> {

    private final long[] ids;
    private final int fields;
    private int count;

    RowCheck(long[] ids, int fields) {
        this.ids = ids;
        this.fields = fields;
    }

    @Override
    public boolean test(String line) {
        List<String> f = SweepFiles.split(line);
        if (f.size() != fields || count >= ids.length) {
            return false;
        }
        try {
            if (Long.parseLong(f.get(0)) != ids[count]) {
                return false;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        count++;
        return true;
    }

    /** Rows accepted so far. */
    int accepted() {
        return count;
    }
}
