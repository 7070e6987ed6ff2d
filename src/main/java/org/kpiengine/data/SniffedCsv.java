package org.kpiengine.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kpiengine.definition.DatasetDefinition;

/**
 * What DuckDB's sniffer concludes about a CSV file read with a dataset's declared options: its dialect, its
 * columns with their types (declared types included), and the date and timestamp formats it detected.
 */
record SniffedCsv(String delimiter, String quote, String escape, String newLine, String comment, long skipRows,
                  boolean header, Map<String, String> columns, String dateFormat, String timestampFormat) {

    SniffedCsv {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    static SniffedCsv of(Connection connection, DatasetDefinition dataset) throws SQLException {
        String sniff = "sniff_csv(" + DatasetSql.sniffArguments(dataset) + ")";
        try (Statement statement = connection.createStatement()) {
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery("SELECT c.name, c.type FROM (SELECT unnest(Columns) AS c FROM "
                    + sniff + ")")) {
                while (result.next()) {
                    columns.put(result.getString(1), result.getString(2));
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, "
                    + "SkipRows, HasHeader, DateFormat, TimestampFormat FROM " + sniff)) {
                result.next();
                return new SniffedCsv(result.getString(1), character(result.getString(2)), character(result.getString(3)),
                        result.getString(4), character(result.getString(5)), result.getLong(6), result.getBoolean(7),
                        columns,
                        emptyToNull(result.getString(8)), emptyToNull(result.getString(9)));
            }
        }
    }

    /** The sniffer writes a character it did not find (no quote, no escape) as "(empty)". */
    private static String character(String text) {
        return text == null || text.equals("(empty)") ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
