package org.kpiengine.data;

import java.util.List;
import java.util.Objects;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.ProblemCollector;

/** A dataset as an engine sees it: the relation to select from and the columns it has. */
record AttachedDataset(DatasetDefinition dataset, String relation, List<String> columns) {

    AttachedDataset {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(relation, "relation");
        columns = List.copyOf(columns);
    }

    String id() {
        return dataset.id();
    }

    /** Reports a column the definition names but the data lacks, listing the columns there are. */
    void checkColumn(String column, String role, ProblemCollector problems) {
        if (!columns.contains(column)) {
            problems.error(dataset.location(), "dataset '" + id() + "': the " + role + " '" + column
                    + "' is not a column of " + dataset.sourceName() + DidYouMean.hint(column, columns)
                    + "; its columns are " + String.join(", ", columns));
        }
    }

    /** The name the engine gives the dataset's relation. */
    static String relationName(DatasetDefinition dataset) {
        return "dataset_" + dataset.id();
    }
}
