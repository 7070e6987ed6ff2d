package org.kpiengine.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition's SQL fragment, written for DuckDB and PostgreSQL, as Spark SQL reads it: a name in
 * double quotes becomes a name in backticks (Spark would read a string), and
 * {@code extract(epoch from t)}, which Spark lacks, becomes the seconds since 1970 of {@code t} as a
 * double, as DuckDB gives them. Text in single quotes keeps its value, spelt as Spark escapes it.
 */
final class SparkFragments {

    private static final Pattern EPOCH = Pattern.compile("extract\\s*\\(\\s*epoch\\s+from\\s+",
            Pattern.CASE_INSENSITIVE);

    private SparkFragments() {
    }

    static String translate(String sql) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = closingQuote(sql, i, '\'');
                out.append(SparkDialect.INSTANCE.literal(sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("''", "'")));
                i = end;
            } else if (c == '"') {
                int end = closingQuote(sql, i, '"');
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
                out.append(SparkDialect.INSTANCE.quote(name));
                i = end;
            } else if (startsEpoch(sql, i)) {
                Matcher epoch = EPOCH.matcher(sql).region(i, sql.length());
                epoch.lookingAt();
                int close = closingParenthesis(sql, epoch.end());
                String inner = translate(sql.substring(epoch.end(), close));
                out.append("(CAST(unix_micros(CAST(").append(inner).append(" AS TIMESTAMP)) AS DOUBLE) / 1000000.0D)");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean startsEpoch(String sql, int at) {
        if (at > 0 && (Character.isLetterOrDigit(sql.charAt(at - 1)) || sql.charAt(at - 1) == '_')) {
            return false;
        }
        if (!sql.regionMatches(true, at, "extract", 0, 7)) {
            return false;
        }
        Matcher epoch = EPOCH.matcher(sql).region(at, sql.length());
        return epoch.lookingAt() && closingParenthesis(sql, epoch.end()) >= 0;
    }

    /** The index just past the quote that closes the one at {@code open}; a doubled quote stays inside. */
    private static int closingQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** The index of the parenthesis that closes the one opened just before {@code from}, or -1. */
    private static int closingParenthesis(String sql, int from) {
        int depth = 0;
        int i = from;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(sql, i, c);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
            i++;
        }
        return -1;
    }

}
