package org.constellation.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A CSV file with a header, read as rows of text fields (quoted fields allowed), for the small and
 * medium files charts and reports read (summary.csv, sensitivity files). Large files are streamed with
 * {@link #stream}.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads a whole file (.csv or .csv.gz). */
    public static CsvTable read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = stream(file, rows::add);
        return new CsvTable(header, Collections.unmodifiableList(rows));
    }

    /** Streams a file's rows to a consumer and returns its header. */
    public static List<String> stream(Path file, Consumer<List<String>> rows) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            if (first == null) {
                throw new IOException(file + " is empty");
            }
            List<String> header = split(first);
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    rows.accept(split(line));
                }
            }
            return header;
        }
    }

    /** Column names. */
    public List<String> header() {
        return header;
    }

    /** Rows of fields. */
    public List<List<String>> rows() {
        return rows;
    }

    /** Index of a column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** A field as a number (NaN if empty). */
    public static double number(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    /** Splits one CSV line into fields (RFC 4180 quoting). */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
