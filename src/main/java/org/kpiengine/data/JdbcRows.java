package org.kpiengine.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A JDBC result set read as {@link ResultRows}. */
final class JdbcRows implements ResultRows {

    private final ResultSet result;

    JdbcRows(ResultSet result) {
        this.result = result;
    }

    @Override
    public List<String> labels() throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            labels.add(result.getMetaData().getColumnLabel(i));
        }
        return labels;
    }

    @Override
    public boolean next() throws SQLException {
        return result.next();
    }

    @Override
    public String text(String label) throws SQLException {
        return result.getString(label);
    }

    @Override
    public Double number(String label) throws SQLException {
        double value = result.getDouble(label);
        return result.wasNull() ? null : value;
    }

    @Override
    public long whole(String label) throws SQLException {
        return result.getLong(label);
    }

    @Override
    public LocalDate date(String label) throws SQLException {
        return result.getObject(label, LocalDate.class);
    }

    @Override
    public LocalDateTime dateTime(String label) throws SQLException {
        return result.getObject(label, LocalDateTime.class);
    }
}
