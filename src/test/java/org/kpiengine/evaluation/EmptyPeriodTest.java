package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;

/** A period without records still appears: its counts are 0 and its ratios have no value, with the reason. */
class EmptyPeriodTest {

    @TempDir
    Path workspace;

    @Test
    void aMonthWithoutComplaintsAppearsWithZeroCountsAndNoRatio() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Path scorecard = definitions.resolve("scorecards/monthly.yaml");
        Files.writeString(scorecard, Files.readString(scorecard).replace("trailing: 2", "trailing: 3"));
        KpiEngine engine = KpiEngine.load(definitions);
        ScorecardEvaluation evaluation = engine.evaluate(engine.scorecard(Optional.empty()),
                Optional.of(LocalDate.of(2026, 2, 28))).evaluation();
        Period december = evaluation.periods().get(0);
        assertEquals("2025-12", december.label());
        KpiValue total = evaluation.value("resolution_rate", december, null).orElseThrow();
        assertNull(total.value());
        assertEquals(0.0, total.sample());
        assertEquals("no complaints received in this period (division by zero)", total.noValueReason());
        assertEquals(true, total.insufficientSample());
        KpiValue alpha = evaluation.value("resolution_rate", december, "alpha").orElseThrow();
        assertNull(alpha.value(), "every segment appears in every period");
    }
}
