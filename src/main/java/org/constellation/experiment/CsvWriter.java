package org.constellation.experiment;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV with a header, quoting fields that need it, "\n" line ends. */
public final class CsvWriter implements Closeable {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    }

    /** Writes one row of text fields. */
    public void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /** Quotes a field if it holds a comma, quote or line break. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Flushes buffered output. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
