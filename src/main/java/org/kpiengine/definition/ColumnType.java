package org.kpiengine.definition;

import java.util.Locale;

/** Column types a dataset may declare where type sniffing is not enough. */
public enum ColumnType {
    VARCHAR,
    INTEGER,
    BIGINT,
    DOUBLE,
    DECIMAL,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    TIMESTAMPTZ;

    /** The SQL type name, as DuckDB and PostgreSQL both spell it. */
    public String sqlName() {
        return this == DECIMAL ? "DECIMAL(18,4)" : name().toUpperCase(Locale.ROOT);
    }
}
