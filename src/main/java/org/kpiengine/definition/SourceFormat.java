package org.kpiengine.definition;

/** Where a dataset's records are read from: a file of one of three formats, or a database table. */
public enum SourceFormat {
    CSV,
    PARQUET,
    JSONL,
    JDBC;

    /** Whether the records lie in a file that the embedded engine reads, rather than in a database. */
    public boolean isFile() {
        return this != JDBC;
    }
}
