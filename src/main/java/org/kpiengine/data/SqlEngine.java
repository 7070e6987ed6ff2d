package org.kpiengine.data;

import java.sql.SQLException;
import java.time.Duration;

/** One engine's connection, as the measures use it: read-only queries in the engine's dialect. */
interface SqlEngine {

    /** Reads the rows of one result; they are released afterwards. */
    @FunctionalInterface
    interface ResultReader<T> {
        T read(ResultRows result) throws SQLException;
    }

    SqlDialect dialect();

    /**
     * Runs one read-only query; one that runs longer than {@code timeout} is stopped and fails with
     * {@link java.sql.SQLTimeoutException} or the engine's own cancellation error.
     */
    <T> T query(String sql, Duration timeout, ResultReader<T> reader) throws SQLException;

    /** Binds a query's names and types without reading any data. */
    void bind(String sql) throws SQLException;
}
