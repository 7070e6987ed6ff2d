package org.kpiengine.data;

import java.util.Optional;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.QueryEngine;

/**
 * Which engine a run sends its datasets to: each dataset's own {@code engine}, or one engine for every
 * file dataset (a database table is always queried in its database), with the Spark master to use.
 *
 * @param override    the engine for every file dataset, or null for each dataset's own
 * @param sparkMaster the Spark master URL, or null for spark-submit's, else all local cores
 */
public record EngineChoice(QueryEngine override, String sparkMaster) {

    public static final EngineChoice AS_DEFINED = new EngineChoice(null, null);

    public DatasetDefinition apply(DatasetDefinition dataset) {
        // Files at a location outside this machine stay on Spark, the only engine that reads them.
        return override == null || !dataset.format().isFile() || dataset.options().location() != null ? dataset
                : dataset.withEngine(override);
    }

    public Optional<QueryEngine> optionalOverride() {
        return Optional.ofNullable(override);
    }
}
