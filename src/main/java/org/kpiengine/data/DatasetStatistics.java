package org.kpiengine.data;

import java.util.Objects;

/**
 * How many rows a dataset's source holds and how many of them could not be parsed and were skipped
 * (only with {@code on_bad_rows: skip}; otherwise a bad row fails the run and none are rejected).
 * {@code rowsRead} counts every data row, rejected ones included.
 */
public record DatasetStatistics(String datasetId, long rowsRead, long rowsRejected) {

    public DatasetStatistics {
        Objects.requireNonNull(datasetId, "datasetId");
        if (rowsRead < 0 || rowsRejected < 0 || rowsRejected > rowsRead) {
            throw new IllegalArgumentException("dataset " + datasetId + ": " + rowsRejected + " of " + rowsRead
                    + " rows rejected");
        }
    }

    /** The rows the measures see. */
    public long rowsAccepted() {
        return rowsRead - rowsRejected;
    }
}
