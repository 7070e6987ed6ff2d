package org.kpiengine.archive;

import java.util.Objects;

/**
 * What a bundle records about one data source. A file source has its file, SHA-256 and size; a JDBC
 * source has its table and row count. Both have the number and SHA-256 of the aggregated rows the
 * scorecard was computed from, which is what a later run can compare against.
 */
public record DataFingerprint(String dataset, String format, String file, String sha256, Long size, String table,
                              Long rows, int aggregatedRows, String aggregatedSha256) {

    public DataFingerprint {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(aggregatedSha256, "aggregatedSha256");
        if ((file == null) == (table == null)) {
            throw new IllegalArgumentException("dataset " + dataset + ": a source is either a file or a table");
        }
    }
}
