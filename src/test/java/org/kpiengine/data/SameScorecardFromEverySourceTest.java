package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.report.ResultRows;
import org.kpiengine.report.ResultsWriter;
import org.kpiengine.rules.Interpretation;

/**
 * The sample scorecard evaluated from the CSVs, from Parquet and JSON lines copies of them, and from
 * PostgreSQL tables loaded from them, on DuckDB and on Spark, gives the same figures, bands and findings. Figures are
 * compared to 12 significant digits: PostgreSQL averages {@code extract(epoch ...)} as exact
 * numerics where DuckDB sums doubles, so averages differ in the last one or two bits (about 1e-15).
 */
@ExtendWith(TestPostgres.class)
class SameScorecardFromEverySourceTest {

    private static final String SCORECARD = "complaints_monthly";
    private static final Pattern FRACTION = Pattern.compile("-?\\d+\\.\\d+(?:[eE][-+]?\\d+)?");

    @TempDir
    static Path workspace;

    private static String fromCsv;

    @BeforeAll
    static void evaluateFromCsv() {
        fromCsv = evaluate(SourceVariants.csv(workspace.resolve("csv")), EnvironmentVariables.of(Map.of()));
    }

    @Test
    void csvResultsAreApproved() {
        Approvals.verify(fromCsv);
    }

    @Test
    void parquetGivesTheSameResults() {
        assertEquals(fromCsv, evaluate(SourceVariants.parquet(workspace.resolve("parquet")),
                EnvironmentVariables.of(Map.of())));
    }

    @Test
    void jsonLinesGiveTheSameResults() {
        assertEquals(fromCsv, evaluate(SourceVariants.jsonLines(workspace.resolve("jsonl")),
                EnvironmentVariables.of(Map.of())));
    }

    @Test
    void postgresqlGivesTheSameResults(TestPostgres.Server server) {
        Path definitions = SourceVariants.postgres(workspace.resolve("postgres"), server);
        assertEquals(fromCsv, evaluate(definitions, server.environment()));
    }

    @Test
    void sparkGivesTheSameResultsFromTheCsvs() {
        assertEquals(fromCsv, evaluate(SourceVariants.csv(workspace.resolve("spark-csv")),
                EnvironmentVariables.of(Map.of()), new EngineChoice(QueryEngine.SPARK, TestSpark.MASTER)));
    }

    @Test
    void sparkGivesTheSameResultsFromParquetDatasetsThatChooseIt() {
        Path definitions = SourceVariants.onSpark(SourceVariants.parquet(workspace.resolve("spark-parquet")));
        assertEquals(fromCsv, evaluate(definitions, EnvironmentVariables.of(Map.of()),
                new EngineChoice(null, TestSpark.MASTER)));
    }

    /** Files named by a URI are handed to Spark as they are written, as an s3a:// or hdfs:// location is. */
    @Test
    void sparkGivesTheSameResultsFromParquetAtAUriLocation() {
        Path definitions = SourceVariants.onSpark(SourceVariants.parquetAtLocations(workspace.resolve("spark-uri")));
        assertTrue(KpiEngine.load(definitions).definitions().datasets().stream()
                .allMatch(dataset -> dataset.path() == null && dataset.options().location().startsWith("file:/")));
        assertEquals(fromCsv, evaluate(definitions, EnvironmentVariables.of(Map.of()),
                new EngineChoice(null, TestSpark.MASTER)));
    }

    private static String evaluate(Path definitions, EnvironmentVariables environment) {
        return evaluate(definitions, environment, EngineChoice.AS_DEFINED);
    }

    /** What {@code kpi evaluate --format json} prints, through the same engine API. */
    private static String evaluate(Path definitions, EnvironmentVariables environment, EngineChoice engines) {
        KpiEngine engine = KpiEngine.load(definitions);
        ScorecardDefinition scorecard = engine.scorecard(Optional.of(SCORECARD));
        Interpretation result;
        try (MeasureSource source = new RoutingMeasureSource(engine.definitions().datasets(), environment, engines)) {
            result = engine.evaluate(scorecard, Optional.empty(), source, Progress.SILENT);
        }
        StringWriter json = new StringWriter();
        ResultsWriter.json(ResultRows.of(result), result.findings(), json);
        return toSignificantDigits(json.toString());
    }

    private static String toSignificantDigits(String json) {
        return FRACTION.matcher(json).replaceAll(number -> new BigDecimal(number.group())
                .round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString());
    }
}
