package org.kpiengine.evaluation;

import java.io.StringWriter;
import java.util.Optional;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.report.ResultRows;
import org.kpiengine.report.ResultsWriter;
import org.kpiengine.rules.Interpretation;

/** The evaluation table and findings of the sample scorecard, as {@code kpi evaluate} prints them. */
class SampleScorecardApprovalTest {

    @Test
    void sampleScorecardTableAndFindings() {
        KpiEngine engine = KpiEngine.load(ProjectFiles.DEFINITIONS);
        Interpretation result = engine.evaluate(engine.scorecard(Optional.of("complaints_monthly")), Optional.empty());
        StringWriter text = new StringWriter();
        ResultsWriter.table(ResultRows.of(result), result.findings(), text);
        Approvals.verify(text.toString());
    }
}
