package org.kpiengine.definition;

/** The engine that runs a dataset's measure queries. */
public enum QueryEngine {
    /** Embedded, in process: files on this machine and PostgreSQL tables. */
    DUCKDB,
    /** Apache Spark, local or on a cluster: Parquet and CSV where the data lies, and the session's catalog. */
    SPARK
}
