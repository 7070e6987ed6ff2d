package org.kpiengine.definition;

/** The kind of file a dataset is read from. */
public enum SourceFormat {
    CSV,
    PARQUET;
}
