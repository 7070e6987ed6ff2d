package org.kpiengine.testcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kpiengine.definition.PeriodCalendar;
import org.kpiengine.error.SourceLocation;

/**
 * One test of the definitions, as a quality manager writes it in {@code kpi-definitions/tests/}: a few
 * rows per dataset, the KPIs to evaluate over them, and the values, bands and findings expected.
 */
public record DefinitionTestCase(
        String name,
        List<String> kpis,
        PeriodCalendar calendar,
        int trailing,
        List<String> segmentBy,
        LocalDate asOf,
        Map<String, List<Map<String, String>>> data,
        List<ExpectedValue> values,
        List<ExpectedFinding> findings,
        SourceLocation location) {

    public DefinitionTestCase {
        kpis = List.copyOf(kpis);
        segmentBy = List.copyOf(segmentBy);
        data = Map.copyOf(data);
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }

    /** A KPI's expected value (or none), and band, in a period and segment (null: the total). */
    public record ExpectedValue(String kpi, String period, String segment, Double value, boolean noValue, String band,
                                double tolerance, SourceLocation location) {
    }

    /** A finding that must be raised; every field given must match, the message by containing the text. */
    public record ExpectedFinding(String rule, String kpi, String period, String segment, String messageContains,
                                  SourceLocation location) {
    }
}
