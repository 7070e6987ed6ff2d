package org.kpiengine.data;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rows a query gave back, read one at a time by column label: what the aggregator needs of a
 * JDBC result set, and all an engine without JDBC (Spark) has to provide. A null value reads as null.
 */
interface ResultRows {

    List<String> labels() throws SQLException;

    /** Moves to the next row; false when there is none. */
    boolean next() throws SQLException;

    String text(String label) throws SQLException;

    Double number(String label) throws SQLException;

    /** A whole number; null reads as 0. */
    long whole(String label) throws SQLException;

    LocalDate date(String label) throws SQLException;

    LocalDateTime dateTime(String label) throws SQLException;
}
