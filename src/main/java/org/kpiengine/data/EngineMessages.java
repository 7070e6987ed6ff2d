package org.kpiengine.data;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.definition.TimeLimit;
import org.kpiengine.error.DidYouMean;

/** Turns the engines' error texts into sentences about the user's files, lines and columns. */
final class EngineMessages {

    private static final Pattern MISSING_COLUMN = Pattern.compile(
            "Referenced column \"([^\"]+)\" not found|column \"([^\"]+)\" does not exist");
    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern CONVERSION = Pattern.compile(
            "Error when converting column \"([^\"]+)\"\\. Could not convert string \"(.*?)\" to '([A-Za-z ]+)");

    private static final String QUERY_CANCELED = "57014";

    private EngineMessages() {
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    static String describeBindError(SQLException e, List<String> columns, String datasetId) {
        Matcher missing = MISSING_COLUMN.matcher(String.valueOf(e.getMessage()));
        if (missing.find()) {
            String column = missing.group(1) != null ? missing.group(1) : missing.group(2);
            return "the column '" + column + "' does not exist in dataset '" + datasetId + "'"
                    + DidYouMean.hint(column, columns) + "; its columns are " + String.join(", ", columns);
        }
        return "the SQL is not valid for dataset '" + datasetId + "': " + firstLine(e);
    }

    /** The error as a sentence about the dataset: where in its file, when the engine says so, else what failed. */
    static String describe(SQLException e, AttachedDataset dataset, String whatFailed) {
        if (isTimeout(e)) {
            return "dataset '" + dataset.id() + "': reading " + dataset.dataset().sourceName() + " took longer than its "
                    + "query_timeout of " + TimeLimit.describe(dataset.dataset().options().queryTimeout()) + " and was "
                    + "stopped; look for a slow filter or expression among its measures, or raise 'query_timeout' in "
                    + "its source";
        }
        return "dataset '" + dataset.id() + "': " + fileLineError(e, dataset).orElse(whatFailed + ": " + firstLine(e));
    }

    /** A query stopped at its time limit: by the driver, or by PostgreSQL's statement_timeout (SQLSTATE 57014). */
    static boolean isTimeout(SQLException e) {
        return e instanceof SQLTimeoutException || QUERY_CANCELED.equals(e.getSQLState());
    }

    /**
     * DuckDB's CSV errors carry the line of the file: name it, with the column and value that could not
     * be read, and say how to get past it.
     */
    static Optional<String> fileLineError(SQLException e, AttachedDataset dataset) {
        String message = String.valueOf(e.getMessage());
        Matcher line = CSV_LINE.matcher(message);
        if (!line.find() || dataset.dataset().path() == null) {
            return Optional.empty();
        }
        String where = "line " + line.group(1) + " of " + dataset.dataset().path();
        Matcher conversion = CONVERSION.matcher(message);
        if (conversion.find()) {
            String type = conversion.group(3).strip().toLowerCase(Locale.ROOT);
            return Optional.of(where + ", column '" + conversion.group(1) + "': the value '" + conversion.group(2)
                    + "' cannot be read as " + type + "; correct the file" + formatHint(type)
                    + ", or set on_bad_rows: skip to leave such rows out and count them");
        }
        String detail = message.lines().skip(1).map(String::strip)
                .filter(text -> !text.isEmpty() && !text.startsWith("Original Line")).findFirst().orElse("");
        boolean skipping = dataset.dataset().options().onBadRows() == SourceOptions.BadRows.SKIP;
        return Optional.of(where + ": " + (detail.isEmpty() ? firstLine(e) : detail)
                + (skipping ? "" : "; correct the file, or set on_bad_rows: skip to leave such rows out and count them"));
    }

    private static String formatHint(String type) {
        return switch (type) {
            case "timestamp" -> ", declare its timestamp_format";
            case "date" -> ", declare its date_format";
            default -> "";
        };
    }
}
