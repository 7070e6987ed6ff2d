package org.kpiengine.data;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The aggregated rows a Spark query collected to the driver, read as {@link ResultRows}. The session
 * runs in UTC with Java 8 time types, so a timestamp arrives as an instant whose UTC clock is the
 * wall-clock time the query computed.
 */
final class SparkRows implements ResultRows {

    private final List<String> labels;
    private final List<Row> rows;
    private int next;
    private Row current;

    SparkRows(String[] labels, List<Row> rows) {
        this.labels = Arrays.asList(labels);
        this.rows = rows;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean next() {
        if (next >= rows.size()) {
            current = null;
            return false;
        }
        current = rows.get(next++);
        return true;
    }

    private Object value(String label) throws SQLException {
        int index = labels.indexOf(label);
        if (index < 0 || current == null) {
            throw new SQLException("no column " + label + " in the current row");
        }
        return current.get(index);
    }

    @Override
    public String text(String label) throws SQLException {
        Object value = value(label);
        return value == null ? null : value.toString();
    }

    @Override
    public Double number(String label) throws SQLException {
        Object value = value(label);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue();
    }

    @Override
    public long whole(String label) throws SQLException {
        Object value = value(label);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public LocalDate date(String label) throws SQLException {
        Object value = value(label);
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return (LocalDate) value;
    }

    @Override
    public LocalDateTime dateTime(String label) throws SQLException {
        Object value = value(label);
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return (LocalDateTime) value;
    }
}
