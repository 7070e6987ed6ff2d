package org.kpiengine.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.api.KpiEngine;

/** A scorecard broken down by team and by channel: each on its own, beside the total, in one scan per dataset. */
class SeveralDimensionsTest {

    @TempDir
    Path workspace;

    @Test
    void eachDimensionIsBrokenDownOnItsOwn() throws IOException {
        Path definitions = ProjectFiles.copyDefinitionsInto(workspace);
        Files.writeString(definitions.resolve("scorecards/by_team_and_channel.yaml"), """
                id: by_team_and_channel
                title: By team and by channel
                kpis: [complaint_resolution_rate, csat, customer_churn_rate]
                period:
                  grain: quarter
                  trailing: 2
                segment_by: [team, channel]
                """);
        KpiEngine engine = KpiEngine.load(definitions);
        ScorecardEvaluation evaluation = engine.evaluate(engine.scorecard(Optional.of("by_team_and_channel")),
                Optional.empty()).evaluation();
        assertEquals(List.of("team alpha", "team bravo", "team charlie", "team delta", "channel chat", "channel email",
                "channel phone", "channel store", "channel web"), evaluation.segments());

        Period latest = evaluation.latestPeriod();
        double total = evaluation.value("complaint_resolution_rate", latest, null).orElseThrow().sample();
        double byTeam = 0;
        double byChannel = 0;
        for (String segment : evaluation.segments()) {
            double sample = evaluation.value("complaint_resolution_rate", latest, segment).orElseThrow().sample();
            if (segment.startsWith("team ")) {
                byTeam += sample;
            } else {
                byChannel += sample;
            }
        }
        assertEquals(total, byTeam, "every complaint has one team");
        assertEquals(total, byChannel, "every complaint has one channel");
        assertTrue(evaluation.value("csat", latest, "channel web").isPresent(), "surveys carry the channel too");
        assertTrue(evaluation.value("customer_churn_rate", latest, "team delta").isEmpty(),
                "customers have no team or channel: total only");
        assertTrue(evaluation.value("customer_churn_rate", latest, null).orElseThrow().value() != null);
    }
}
