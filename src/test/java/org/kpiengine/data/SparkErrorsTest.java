package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/**
 * What a quality manager reads when Spark cannot run a definition: the project's own one-line errors,
 * naming the definition file, the dataset and the column, never Spark's error class or plan.
 */
class SparkErrorsTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void writeComplaints() throws IOException {
        file = folder.resolve("complaints.csv");
        Files.writeString(file, """
                complaint_id,received_at,team,escalated,handling_minutes
                C1,2026-01-05 09:00:00,alpha,true,30
                C2,2026-02-12 10:30:00,bravo,false,45
                """);
    }

    private DatasetDefinition onSpark(Path path, String... dimensions) {
        return Fixtures.csv("complaints", path, SourceOptions.NONE, Map.of(), dimensions).withEngine(QueryEngine.SPARK);
    }

    private static InvalidInputException failureOf(DatasetDefinition dataset, Aggregation aggregation, String expression,
                                                   String filter) {
        AggregationRequest request = Fixtures.monthly(dataset, List.of(Fixtures.measure("broken", "complaints",
                aggregation, expression, filter)), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), "team");
        try (MeasureSource source = new SparkMeasureSource(List.of(dataset), TestSpark.MASTER)) {
            return assertThrows(InvalidInputException.class, () -> source.aggregate(request));
        }
    }

    @Test
    void aMissingFileNamesTheDatasetAndThePath() {
        Path missing = folder.resolve("nowhere.csv");
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new SparkMeasureSource(List.of(onSpark(missing, "team")), TestSpark.MASTER));
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints': the data file " + missing
                + " does not exist", failure.getMessage());
    }

    @Test
    void aMissingDimensionNamesTheColumnsThereAre() {
        InvalidInputException failure = assertThrows(InvalidInputException.class,
                () -> new SparkMeasureSource(List.of(onSpark(file, "teams")), TestSpark.MASTER));
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints': the dimension 'teams' is not a column "
                + "of complaints.csv (did you mean 'team'?); its columns are complaint_id, received_at, team, escalated, "
                + "handling_minutes", failure.getMessage());
    }

    @Test
    void aMissingColumnInAMeasureNamesTheMeasureTheDatasetAndTheColumn() {
        InvalidInputException failure = failureOf(onSpark(file, "team"), Aggregation.COUNT, null, "escalatd");
        assertEquals("measures/complaints.yaml:2:5: error: measure 'broken': the column 'escalatd' does not exist in "
                + "dataset 'complaints' (did you mean 'escalated'?); its columns are complaint_id, received_at, team, "
                + "escalated, handling_minutes", failure.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void aTypeMismatchNamesTheExpressionAndTheTypes() {
        InvalidInputException failure = failureOf(onSpark(file, "team"), Aggregation.SUM, "escalated + 1", null);
        assertEquals("measures/complaints.yaml:2:5: error: measure 'broken': the SQL is not valid for dataset "
                + "'complaints': the types in \"(escalated + 1)\" do not fit: the left and right operands of the binary "
                + "operator have incompatible types (\"BOOLEAN\" and \"INT\")",
                failure.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void withoutSparkOnTheClassPathTheRunSaysToUseSparkSubmit() {
        ProblemCollector problems = new ProblemCollector();
        assertFalse(SparkPresence.check(List.of(onSpark(file, "team")), problems, ClassLoader.getPlatformClassLoader()));
        InvalidInputException failure = assertThrows(InvalidInputException.class, problems::throwIfErrors);
        assertEquals("datasets/complaints.yaml:1:1: error: dataset 'complaints' runs on Spark, but Spark is not on the "
                + "class path: start kpi with spark-submit --class org.kpiengine.cli.KpiCommand target/kpi.jar (see "
                + "'Running on a cluster' in the README), or leave out 'engine: spark' and --engine spark",
                failure.getMessage());
    }
}
