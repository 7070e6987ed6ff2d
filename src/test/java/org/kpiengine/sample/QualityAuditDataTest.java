package org.kpiengine.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.sample.SampleCsv.accumulate;
import static org.kpiengine.sample.SampleCsv.mean;
import static org.kpiengine.sample.SampleCsv.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code quality_audits.csv}: a sample of resolved complaints, scored against a checklist. */
class QualityAuditDataTest {

    private final LargeSample sample = LargeSample.get();

    @Test
    void auditsAreNumberedWithValidValues() {
        List<CSVRecord> audits = sample.audits;
        for (int i = 0; i < audits.size(); i++) {
            CSVRecord a = audits.get(i);
            String id = String.format("Q%06d", i + 1);
            assertEquals(id, a.get("audit_id"));
            int achieved = Integer.parseInt(a.get("points_achieved"));
            int possible = Integer.parseInt(a.get("points_possible"));
            int score = Integer.parseInt(a.get("quality_score"));
            boolean spoken = Set.of("phone", "store").contains(a.get("channel"));
            assertAll(id,
                    () -> assertEquals(spoken ? 25 : 20, possible),
                    () -> assertTrue(achieved >= 0 && achieved <= possible),
                    () -> assertTrue(score >= 0 && score <= 100));
        }
    }

    @Test
    void auditsReviewResolvedComplaintsAfterResolutionInOfficeHours() {
        Set<String> audited = new HashSet<>();
        for (CSVRecord a : sample.audits) {
            String id = a.get("audit_id");
            CSVRecord complaint = sample.complaintsById.get(a.get("complaint_id"));
            assertNotNull(complaint, id + " audits an unknown complaint");
            assertTrue(audited.add(a.get("complaint_id")), "second audit of " + a.get("complaint_id"));
            assertFalse(complaint.get("resolved_at").isEmpty(), id + " audits an unresolved complaint");
            assertEquals(complaint.get("team"), a.get("team"), id);
            assertEquals(complaint.get("channel"), a.get("channel"), id);
            LocalDateTime auditedAt = time(a.get("audited_at"));
            assertTrue(auditedAt.isAfter(time(complaint.get("resolved_at"))), id);
            assertTrue(auditedAt.isBefore(LargeSample.EXTRACTED_AT), id);
            assertTrue(auditedAt.getHour() >= 9 && auditedAt.getHour() < 17, id);
            assertFalse(auditedAt.getDayOfWeek() == DayOfWeek.SATURDAY || auditedAt.getDayOfWeek() == DayOfWeek.SUNDAY, id);
        }
        long resolved = sample.complaints.stream().filter(c -> !c.get("resolved_at").isEmpty()).count();
        double share = sample.audits.size() / (double) resolved;
        assertTrue(share > 0.08 && share < 0.12, "audited share " + share);
    }

    @Test
    void scoreFollowsTheChecklistAndTheHandling() {
        double[] x = new double[sample.audits.size()];
        double[] y = new double[sample.audits.size()];
        Map<String, double[]> scoreByHandling = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            CSVRecord a = sample.audits.get(i);
            x[i] = Double.parseDouble(a.get("points_achieved")) / Double.parseDouble(a.get("points_possible"));
            y[i] = Double.parseDouble(a.get("quality_score"));
            CSVRecord complaint = sample.complaintsById.get(a.get("complaint_id"));
            boolean troubled = complaint.get("escalated").equals("true") || complaint.get("reopened").equals("true");
            accumulate(scoreByHandling, troubled ? "troubled" : "smooth", y[i]);
        }
        double correlation = correlation(x, y);
        assertTrue(correlation > 0.8, "score to points correlation " + correlation);
        assertTrue(mean(scoreByHandling.get("troubled")) < mean(scoreByHandling.get("smooth")) - 3,
                "troubled " + mean(scoreByHandling.get("troubled")) + " vs smooth " + mean(scoreByHandling.get("smooth")));
    }

    @Test
    void deltaScoresFallWhileOtherTeamsStayStable() {
        Map<String, double[]> firstQuarter = new TreeMap<>();
        Map<String, double[]> lastQuarter = new TreeMap<>();
        for (CSVRecord a : sample.audits) {
            CSVRecord complaint = sample.complaintsById.get(a.get("complaint_id"));
            String quarter = LargeSample.quarterOfPeriod(time(complaint.get("received_at")));
            double score = Integer.parseInt(a.get("quality_score"));
            if ("first".equals(quarter)) {
                accumulate(firstQuarter, a.get("team"), score);
            } else if ("last".equals(quarter)) {
                accumulate(lastQuarter, a.get("team"), score);
            }
        }
        double deltaChange = mean(lastQuarter.get("delta")) - mean(firstQuarter.get("delta"));
        assertTrue(deltaChange < -10, "delta score change " + deltaChange);
        for (String team : List.of("alpha", "bravo", "charlie")) {
            double change = mean(lastQuarter.get(team)) - mean(firstQuarter.get(team));
            assertTrue(Math.abs(change) < 4, team + " score change " + change);
        }
    }

    private static double correlation(double[] x, double[] y) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i] / x.length;
            meanY += y[i] / y.length;
        }
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }
}
