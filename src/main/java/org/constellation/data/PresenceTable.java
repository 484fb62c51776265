package org.constellation.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A 3W table: one row per organisation, region and activity (columns country, region, organisation,
 * org_type, activity; optional pcode), as OCHA's "who does what where" data. Empty fields are located
 * errors; names keep their spelling, with white space tidied.
 */
public final class PresenceTable {

    static final List<String> REQUIRED = List.of("country", "region", "organisation", "org_type", "activity");

    /**
     * One row.
     *
     * @param line its line in the file
     * @param country country
     * @param region region name
     * @param pcode place code, or ""
     * @param organisation organisation name
     * @param type organisation type
     * @param activity 3W activity
     */
    public record Row(int line, String country, String region, String pcode, String organisation, String type,
            String activity) {
    }

    private final CsvInput csv;
    private final List<Row> rows;

    private PresenceTable(CsvInput csv, List<Row> rows) {
        this.csv = csv;
        this.rows = rows;
    }

    /** Reads a 3W table; rows with an empty required field are errors. */
    public static PresenceTable read(Path file, Problems problems) throws DataException {
        CsvInput csv = CsvInput.read(file, REQUIRED, problems);
        List<Row> rows = new ArrayList<>();
        for (CsvInput.Row r : csv.rows()) {
            boolean complete = true;
            for (String column : REQUIRED) {
                if (Ids.tidy(csv.get(r, column)).isEmpty()) {
                    csv.error(problems, r, column, "empty " + column.replace("org_type", "organisation type"));
                    complete = false;
                }
            }
            if (complete) {
                rows.add(new Row(r.line(), Ids.tidy(csv.get(r, "country")), Ids.tidy(csv.get(r, "region")),
                        csv.get(r, "pcode"), Ids.tidy(csv.get(r, "organisation")), Ids.tidy(csv.get(r, "org_type")),
                        Ids.tidy(csv.get(r, "activity"))));
            }
        }
        return new PresenceTable(csv, rows);
    }

    /** The file read. */
    public CsvInput csv() {
        return csv;
    }

    /** The complete rows, in file order. */
    public List<Row> rows() {
        return rows;
    }
}
