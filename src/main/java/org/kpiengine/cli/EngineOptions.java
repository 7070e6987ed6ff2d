package org.kpiengine.cli;

import org.kpiengine.api.KpiEngine;
import org.kpiengine.data.DuckDbMeasureSource;
import org.kpiengine.data.EngineChoice;
import org.kpiengine.definition.QueryEngine;
import picocli.CommandLine.Option;

/** The engine a run sends its file datasets to, overriding each dataset's own {@code engine}. */
final class EngineOptions {

    enum Engine { duckdb, spark }

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Run every file dataset on this engine: ${COMPLETION-CANDIDATES} (default: each dataset's "
                    + "own 'engine', else duckdb). Database tables are always queried in their database.")
    Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master for datasets on Spark, such as local[4] or spark://host:7077 (default: "
                    + "the one spark-submit was given, else local[*]).")
    String master;

    EngineChoice choice() {
        QueryEngine chosen = engine == null ? null : QueryEngine.valueOf(engine.name().toUpperCase(java.util.Locale.ROOT));
        return new EngineChoice(chosen, master);
    }

    /** Loads the definitions for a run over the data; DuckDB starts meanwhile unless the run is all Spark's. */
    KpiEngine load(DefinitionsOption definitions) {
        if (engine != Engine.spark) {
            DuckDbMeasureSource.startInBackground();
        }
        return apply(definitions.load());
    }

    KpiEngine apply(KpiEngine loaded) {
        return engine == null && master == null ? loaded : loaded.withEngines(choice());
    }
}
