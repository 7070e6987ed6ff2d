package org.kpiengine.data;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpiengine.error.DidYouMean;

/** Turns DuckDB's error texts into sentences about the user's columns. */
final class DuckDbMessages {

    private static final Pattern MISSING_COLUMN = Pattern.compile("Referenced column \"([^\"]+)\" not found");

    private DuckDbMessages() {
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    static String describeBindError(SQLException e, List<String> columns, String datasetId) {
        Matcher missing = MISSING_COLUMN.matcher(String.valueOf(e.getMessage()));
        if (missing.find()) {
            String column = missing.group(1);
            return "the column '" + column + "' does not exist in dataset '" + datasetId + "'"
                    + DidYouMean.hint(column, columns) + "; its columns are " + String.join(", ", columns);
        }
        return "the SQL is not valid for dataset '" + datasetId + "': " + firstLine(e);
    }
}
