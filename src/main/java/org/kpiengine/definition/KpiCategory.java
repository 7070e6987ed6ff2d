package org.kpiengine.definition;

/** The five ISO 10002 KPI types. */
public enum KpiCategory {
    CUSTOMER_SATISFACTION("Customer Satisfaction"),
    COMPLAINT_RESOLUTION("Complaint Resolution"),
    OPERATIONAL_EFFICIENCY("Operational Efficiency"),
    CUSTOMER_RETENTION("Customer Retention"),
    QUALITY_ASSURANCE("Quality Assurance");

    private final String title;

    KpiCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
