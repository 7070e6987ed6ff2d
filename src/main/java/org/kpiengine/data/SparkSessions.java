package org.kpiengine.data;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session a run queries in. Under spark-submit the application's session (or the master it
 * was submitted to) is used; otherwise one in this process, on the master the run names or all cores.
 * Every run gets a child session of its own, for its temporary views and for the settings the measures'
 * SQL relies on, while the Spark context, slow to start, is shared by every run in the process.
 */
final class SparkSessions {

    static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    static SparkSession forRun(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("kpi-engine");
        String chosen = master != null ? master : System.getProperty("spark.master");
        if (chosen == null) {
            chosen = DEFAULT_MASTER;
        }
        builder.master(chosen);
        boolean local = chosen.startsWith("local");
        if (local) {
            builder.config("spark.ui.enabled", "false")
                    .config("spark.sql.warehouse.dir", Path.of(System.getProperty("java.io.tmpdir"), "kpi-spark-warehouse")
                            .toUri().toString());
        }
        SparkSession run = builder.getOrCreate().newSession();
        // periods are cut in wall-clock time: a timestamp keeps its clock reading, zones are applied in SQL
        run.conf().set("spark.sql.session.timeZone", "UTC");
        run.conf().set("spark.sql.datetime.java8API.enabled", "true");
        // as in DuckDB: a division by zero is no value rather than a failed run
        run.conf().set("spark.sql.ansi.enabled", "false");
        // partition values stay text, so that a declared partition format compares as written
        run.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        if (local) {
            run.conf().set("spark.sql.shuffle.partitions", String.valueOf(Runtime.getRuntime().availableProcessors() * 2));
        }
        return run;
    }
}
