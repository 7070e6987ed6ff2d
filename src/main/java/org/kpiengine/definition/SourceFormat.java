package org.kpiengine.definition;

/**
 * Where a dataset's records are read from: a file of one of three formats, a database table, or a
 * table of the Spark session's catalog.
 */
public enum SourceFormat {
    CSV,
    PARQUET,
    JSONL,
    JDBC,
    TABLE;

    /** Whether the records lie in a file that the embedded engine reads, rather than in a database. */
    public boolean isFile() {
        return this != JDBC && this != TABLE;
    }
}
