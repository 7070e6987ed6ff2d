package org.kpiengine.data;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkThrowable;

/**
 * Spark's errors as the SQL errors the other engines raise, so that {@link EngineMessages} words them
 * alike: a column Spark cannot resolve reads as a missing column, a type mismatch names the expression
 * and the types, a missing path names the path. Spark's error class, SQLSTATE and the logical plan it
 * appends are left out: a quality manager reads the sentence, not the plan.
 */
final class SparkErrors {

    private SparkErrors() {
    }

    /** The error of a query that was stopped at its time limit, or failed. */
    static SQLException translate(Throwable failure, boolean timedOut) {
        if (timedOut) {
            return new SQLTimeoutException("the query was stopped at its time limit", failure);
        }
        SparkThrowable spark = sparkCause(failure);
        if (spark == null) {
            return new SQLException(cleanFirstLine(failure), failure);
        }
        String condition = String.valueOf(spark.getCondition());
        Map<String, String> parameters = spark.getMessageParameters();
        String message;
        if (condition.startsWith("UNRESOLVED_COLUMN")) {
            message = "column \"" + unquote(parameters.get("objectName")) + "\" does not exist";
        } else if (condition.startsWith("DATATYPE_MISMATCH")) {
            message = "the types in " + parameters.getOrDefault("sqlExpr", "an expression") + " do not fit: "
                    + reason((Throwable) spark);
        } else if (condition.startsWith("TABLE_OR_VIEW_NOT_FOUND")) {
            message = "the Spark catalog has no table " + parameters.getOrDefault("relationName", "of that name")
                    .replace("`", "");
        } else if (condition.startsWith("PATH_NOT_FOUND")) {
            message = "the path " + parameters.getOrDefault("path", "") + " does not exist";
        } else if (condition.startsWith("MALFORMED_RECORD_IN_PARSING")) {
            message = "a row cannot be read as the types of its columns (Spark does not tell which line): "
                    + parameters.getOrDefault("badRecord", "");
        } else {
            message = cleanFirstLine((Throwable) spark);
        }
        return new SQLException(message, spark.getSqlState(), failure);
    }

    /** The Spark error that says what went wrong; a failed job wraps the task's error in its own. */
    private static SparkThrowable sparkCause(Throwable failure) {
        SparkThrowable found = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SparkThrowable spark && spark.getCondition() != null) {
                found = spark;
            }
        }
        return found;
    }

    /** What follows "due to data type mismatch:" in Spark's message, without its SQLSTATE. */
    private static String reason(Throwable spark) {
        String line = cleanFirstLine(spark);
        int colon = line.indexOf("mismatch: ");
        return colon < 0 ? line : line.substring(colon + "mismatch: ".length());
    }

    /** The first line of a Spark message without its [ERROR_CLASS] prefix and SQLSTATE suffix. */
    static String cleanFirstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        if (line.startsWith("[")) {
            int close = line.indexOf("] ");
            line = close < 0 ? line : line.substring(close + 2);
        }
        int state = line.toUpperCase(Locale.ROOT).indexOf(" SQLSTATE:");
        line = state < 0 ? line : line.substring(0, state);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static String unquote(String name) {
        if (name == null) {
            return "?";
        }
        String last = name.contains("`.`") ? name.substring(name.lastIndexOf("`.`") + 2) : name;
        return last.startsWith("`") && last.endsWith("`") ? last.substring(1, last.length() - 1).replace("``", "`") : last;
    }
}
