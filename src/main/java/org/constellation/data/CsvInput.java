package org.constellation.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV table read for import (RFC 4180, UTF-8, a header line, a leading byte-order mark ignored):
 * every row keeps its line number, a missing required column or a row with the wrong number of
 * fields is a located error, and fields are trimmed.
 */
public final class CsvInput {

    /**
     * One row.
     *
     * @param line its line in the file
     * @param fields its fields, trimmed
     */
    public record Row(int line, List<String> fields) {
    }

    private final String name;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvInput(String name, Map<String, Integer> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads a table, reporting problems; rows with the wrong number of fields are reported and left out.
     *
     * @param file the file
     * @param required columns it must have
     * @throws DataException if the file cannot be read, is not UTF-8 text, or lacks a required column
     */
    public static CsvInput read(Path file, List<String> required, Problems problems) throws DataException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new DataException(name + ": no such file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            int expected = -1;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                List<String> fields = new ArrayList<>();
                record.forEach(f -> fields.add(clean(f)));
                if (expected < 0) {
                    expected = header(name, fields, required, columns);
                } else if (fields.size() != expected) {
                    problems.error(name, line, 0, "", "the row has " + fields.size() + " fields, the header has "
                            + expected + " (a stray comma or an unclosed quote?)");
                } else {
                    rows.add(new Row(line, List.copyOf(fields)));
                }
            }
            if (expected < 0) {
                throw new DataException(name + ": the file is empty (a header line is needed: "
                        + String.join(",", required) + ")");
            }
            return new CsvInput(name, columns, rows);
        } catch (CharacterCodingException e) {
            throw new DataException(name + ": not UTF-8 text (save it as UTF-8 and try again)");
        } catch (IOException | UncheckedIOException e) {
            throw new DataException(name + ": cannot be read as CSV: " + e.getMessage());
        }
    }

    private static int header(String name, List<String> fields, List<String> required, Map<String, Integer> columns)
            throws DataException {
        for (int i = 0; i < fields.size(); i++) {
            columns.putIfAbsent(fields.get(i), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new DataException(name + ":1: missing column" + (missing.size() > 1 ? "s " : " ") + missing
                    + "; the header has " + fields + " and needs " + required);
        }
        return fields.size();
    }

    private static String clean(String field) {
        String f = field.startsWith("\uFEFF") ? field.substring(1) : field;
        return f.strip();
    }

    /** The file's name as given. */
    public String name() {
        return name;
    }

    /** The rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** True if the table has a column. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The 1-based column number of a column (for messages). */
    public int columnNumber(String column) {
        return columns.get(column) + 1;
    }

    /** A row's field in a column ("" if the table lacks the column). */
    public String get(Row row, String column) {
        Integer i = columns.get(column);
        return i == null ? "" : row.fields().get(i);
    }

    /**
     * A row's field as a number within bounds, or NaN after recording a located error.
     */
    public double number(Row row, String column, double min, double max, Problems problems) {
        String text = get(row, column);
        try {
            double v = Double.parseDouble(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(problems, row, column, "expected a number from " + min + " to " + max + ", found '" + text + "'");
        return Double.NaN;
    }

    /** Records an error at a row's field. */
    public void error(Problems problems, Row row, String column, String message) {
        problems.error(name, row.line(), has(column) ? columnNumber(column) : 0, column, message);
    }

    /** Records a warning at a row's field. */
    public void warn(Problems problems, Row row, String column, String message) {
        problems.warn(name, row.line(), has(column) ? columnNumber(column) : 0, column, message);
    }
}
