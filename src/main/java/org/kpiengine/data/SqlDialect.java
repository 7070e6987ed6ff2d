package org.kpiengine.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.PeriodGrain;
import org.kpiengine.definition.TimestampKind;
import java.time.ZoneId;

/**
 * Where one engine's SQL differs from another's. {@link MeasureSql} renders the same plan for every
 * engine (one scan per dataset with rows tagged by basis and period, FILTER aggregates, GROUPING SETS)
 * and asks the dialect only for the pieces that are spelt differently. The defaults are the spelling that
 * DuckDB and PostgreSQL share.
 */
interface SqlDialect {

    /** A name the engine writes itself, quoted so that it is never read as a keyword. */
    String quote(String identifier);

    default String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /** The engine's name for a column type a dataset declares. */
    default String typeName(ColumnType type) {
        return type.sqlName();
    }

    /** The text type that segment values are cast to. */
    /** A column as a select list names it: cast to its declared type under its own name, or as it is. */
    default String selectColumn(String column, ColumnType declared) {
        String quoted = quote(column);
        return declared == null ? quoted : "CAST(" + quoted + " AS " + typeName(declared) + ") AS " + quoted;
    }

    default String textType() {
        return "VARCHAR";
    }

    /** The double-precision floating point type. */
    default String floatType() {
        return "DOUBLE";
    }

    default String dateLiteral(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /** Midnight at the start of a day, as a timestamp without time zone. */
    default String timestampLiteral(LocalDate day) {
        return "TIMESTAMP '" + day + " 00:00:00'";
    }

    /** A column or expression read as a timestamp without time zone. */
    default String toTimestamp(String expression) {
        return "CAST(" + expression + " AS TIMESTAMP)";
    }

    /**
     * A timestamp column as wall-clock time in the dataset's zone, the time periods are cut in: local
     * values as they are, values with offsets (read as TIMESTAMPTZ) and UTC values converted.
     */
    default String localTime(String column, TimestampKind kind, ZoneId zone) {
        String name = literal(zone.getId());
        return switch (kind) {
            case LOCAL -> toTimestamp(column);
            case WITH_OFFSET -> "(CAST(" + column + " AS TIMESTAMPTZ) AT TIME ZONE " + name + ")";
            case UTC -> "((" + toTimestamp(column) + " AT TIME ZONE 'UTC') AT TIME ZONE " + name + ")";
        };
    }

    /** The first day of the period of the grain that a timestamp falls in, as a date. */
    default String periodStart(PeriodGrain grain, String timestamp) {
        return "CAST(date_trunc('" + grain.name().toLowerCase(Locale.ROOT) + "', " + timestamp + ") AS DATE)";
    }

    /** The mean of an expression. */
    default String average(String expression) {
        return "avg(" + expression + ")";
    }

    /** A SQL fragment of a definition (an expression or a filter), as this engine reads it. */
    default String fragment(String sql) {
        return sql;
    }

    /** The continuous (interpolated) percentile of an expression; {@code fraction} lies in (0, 1). */
    String percentile(String expression, double fraction);

    String median(String expression);

    /**
     * What follows FROM in a scan that counts rows in several ways: every row of {@code relation} that
     * passes {@code where}, once for each of its {@link RowTags tags}, with the tag's basis and period
     * readable as {@link RowTags#BASIS} and {@link RowTags#PERIOD} beside the relation's own columns.
     */
    String taggedRows(String relation, String where, RowTags tags);

    /** A fraction as SQL writes it: 0.9, never 9.0E-1. */
    static String number(double fraction) {
        return BigDecimal.valueOf(fraction).toPlainString();
    }
}
