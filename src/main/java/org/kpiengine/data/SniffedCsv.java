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
 * columns with the types it detected, and the date and timestamp formats it found.
 */
record SniffedCsv(String delimiter, String quote, String escape, String newLine, String comment, long skipRows,
                  boolean header, Map<String, String> columns, String dateFormat, String timestampFormat) {

    SniffedCsv {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** One sniff of the file with the dataset's reading options and no declared types: the file as it is. */
    static SniffedCsv of(Connection connection, DatasetDefinition dataset) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, "
                     + "SkipRows, HasHeader, DateFormat, TimestampFormat, list_transform(Columns, c -> c.name), "
                     + "list_transform(Columns, c -> c.type) FROM sniff_csv(" + DatasetSql.sniffArguments(dataset)
                     + ")")) {
            result.next();
            Object[] names = (Object[]) result.getArray(10).getArray();
            Object[] types = (Object[]) result.getArray(11).getArray();
            Map<String, String> columns = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                columns.put((String) names[i], (String) types[i]);
            }
            return new SniffedCsv(result.getString(1), character(result.getString(2)), character(result.getString(3)),
                    result.getString(4), character(result.getString(5)), result.getLong(6), result.getBoolean(7),
                    columns, emptyToNull(result.getString(8)), emptyToNull(result.getString(9)));
        }
    }

    /** The columns as the measures read them: the declared types in place of the sniffed ones. */
    Map<String, String> columnsTyped(Map<String, String> declared) {
        Map<String, String> typed = new LinkedHashMap<>(columns);
        declared.forEach((column, type) -> typed.replace(column, type));
        return typed;
    }

    /** The sniffer writes a character it did not find (no quote, no escape) as "(empty)". */
    private static String character(String text) {
        return text == null || text.equals("(empty)") ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
