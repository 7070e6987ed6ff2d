package org.kpiengine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.QueryEngine;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.evaluation.ScorecardEvaluation;

/**
 * Periods are cut in the dataset's time zone. One complaint at 23:30 on 31 March 2026 UTC is 00:30 on
 * 1 April in London (summer time began on 29 March), so it is an April complaint there.
 */
class TimeZoneTest {

    @TempDir
    Path workspace;

    private ScorecardEvaluation evaluate(String receivedAt, String timeSettings) throws IOException {
        return evaluate(receivedAt, timeSettings, EngineChoice.AS_DEFINED);
    }

    private ScorecardEvaluation evaluate(String receivedAt, String timeSettings, EngineChoice engines)
            throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Files.writeString(workspace.resolve("data/complaints.csv"), """
                complaint_id,received_at,status,escalated,team
                C1,2026-03-10 10:00:00,resolved,false,alpha
                C2,%s,resolved,false,alpha
                C3,2026-04-20 10:00:00,resolved,false,alpha
                """.formatted(receivedAt));
        Path dataset = definitions.resolve("datasets/complaints.yaml");
        Files.writeString(dataset, Files.readString(dataset) + timeSettings);
        KpiEngine engine = KpiEngine.load(definitions).withEngines(engines);
        return engine.evaluate(engine.scorecard(Optional.empty()), Optional.of(LocalDate.of(2026, 4, 30))).evaluation();
    }

    private static double complaintsIn(ScorecardEvaluation evaluation, String month) {
        var period = evaluation.periods().stream().filter(p -> p.label().equals(month)).findFirst().orElseThrow();
        return evaluation.value("resolution_rate", period, null).orElseThrow().sample();
    }

    @Test
    void localTimesAreTakenAsWritten() throws IOException {
        ScorecardEvaluation evaluation = evaluate("2026-03-31 23:30:00", "time_zone: Europe/London\n");
        assertEquals(2.0, complaintsIn(evaluation, "2026-03"));
        assertEquals(1.0, complaintsIn(evaluation, "2026-04"));
    }

    @Test
    void timesWithOffsetsBelongToTheLocalDay() throws IOException {
        ScorecardEvaluation evaluation = evaluate("2026-03-31T23:30:00Z",
                "time_zone: Europe/London\ntimestamps: with_offset\n");
        assertEquals(1.0, complaintsIn(evaluation, "2026-03"));
        assertEquals(2.0, complaintsIn(evaluation, "2026-04"));
    }

    @Test
    void utcTimesAreConvertedToTheLocalDay() throws IOException {
        ScorecardEvaluation evaluation = evaluate("2026-03-31 23:30:00", "time_zone: Europe/London\ntimestamps: utc\n");
        assertEquals(1.0, complaintsIn(evaluation, "2026-03"));
        assertEquals(2.0, complaintsIn(evaluation, "2026-04"));
    }

    @Test
    void sparkCutsPeriodsInTheDatasetsZoneAlike() throws IOException {
        EngineChoice spark = new EngineChoice(QueryEngine.SPARK, TestSpark.MASTER);
        ScorecardEvaluation local = evaluate("2026-03-31 23:30:00", "time_zone: Europe/London\n", spark);
        assertEquals(2.0, complaintsIn(local, "2026-03"));
        ScorecardEvaluation withOffset = evaluate("2026-03-31T23:30:00Z",
                "time_zone: Europe/London\ntimestamps: with_offset\n", spark);
        assertEquals(1.0, complaintsIn(withOffset, "2026-03"));
        assertEquals(2.0, complaintsIn(withOffset, "2026-04"));
        ScorecardEvaluation utc = evaluate("2026-03-31 23:30:00", "time_zone: Europe/London\ntimestamps: utc\n", spark);
        assertEquals(1.0, complaintsIn(utc, "2026-03"));
        assertEquals(2.0, complaintsIn(utc, "2026-04"));
    }

    @Test
    void offsetsInLocalTimesAreNotDroppedSilently() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> evaluate("2026-03-31T23:30:00Z", "time_zone: Europe/London\n"));
        assertEquals("kpi-definitions/datasets/complaints.yaml:1:1: error: dataset 'complaints': the time column "
                + "'received_at' carries time-zone offsets (such as Z or +01:00); declare 'timestamps: with_offset' so "
                + "that each value is read at its own offset", refused.problems().get(0).format());
    }
}
