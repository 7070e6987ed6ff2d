package org.kpiengine.data;

import java.util.List;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.error.ProblemCollector;

/**
 * Whether Spark's classes are there to run on. kpi.jar does not carry Spark (a cluster brings its own),
 * so a dataset on {@code engine: spark} needs the jar started by spark-submit. Only this class's
 * name lookup runs before that is known: no Spark class is loaded until a Spark dataset is opened.
 */
final class SparkPresence {

    private static final String SESSION_CLASS = "org.apache.spark.sql.SparkSession";

    private SparkPresence() {
    }

    static boolean check(List<DatasetDefinition> onSpark, ProblemCollector problems) {
        return check(onSpark, problems, SparkPresence.class.getClassLoader());
    }

    static boolean check(List<DatasetDefinition> onSpark, ProblemCollector problems, ClassLoader loader) {
        try {
            Class.forName(SESSION_CLASS, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            DatasetDefinition first = onSpark.get(0);
            problems.error(first.location(), "dataset '" + first.id() + "' runs on Spark, but Spark is not on the "
                    + "class path: start kpi with spark-submit --class org.kpiengine.cli.KpiCommand target/kpi.jar "
                    + "(see 'Running on a cluster' in the README), or leave out 'engine: spark' and --engine spark");
            return false;
        }
    }
}
