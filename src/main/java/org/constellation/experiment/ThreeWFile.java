package org.constellation.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constellation.metrics.LedgerObserver;

/** Writes {@code who-does-what-where.csv}, the 3W cube, one row per actor, district, activity and step. */
final class ThreeWFile implements LedgerObserver.LedgerSink, AutoCloseable {

    static final String NAME = "who-does-what-where.csv";

    private final AtomicFile file;
    private final CsvWriter csv;
    private final Path target;

    private ThreeWFile(Path target) throws IOException {
        this.target = target;
        this.file = AtomicFile.open(target);
        this.csv = new CsvWriter(file.writer());
        csv.row(Arrays.asList(LedgerObserver.COLUMNS));
    }

    static ThreeWFile open(Path folder) throws IOException {
        return new ThreeWFile(folder.resolve(NAME));
    }

    @Override
    public void accept(int step, String[] labels, double effort) {
        List<String> row = new ArrayList<>(labels.length + 2);
        row.add(Integer.toString(step));
        row.addAll(Arrays.asList(labels));
        row.add(Numbers.format(effort));
        try {
            csv.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path commit() throws IOException {
        csv.flush();
        file.commit();
        return target;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
