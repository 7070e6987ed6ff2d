package org.kpiengine.report;

/**
 * What {@code kpi report} writes: the archival PDF, the same filled report as a workbook or a web page, or the
 * results behind it as CSV or JSON.
 */
public enum ReportFormat {
    PDF, XLSX, HTML, CSV, JSON;

    /** Whether the format is drawn from the filled template (and so needs the template at all). */
    public boolean usesTemplate() {
        return this == PDF || this == XLSX || this == HTML;
    }
}
