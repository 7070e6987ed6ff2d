package org.kpiengine.sample;

/** The layout of {@code complaints.csv}: its header and how a complaint becomes a row. */
final class ComplaintCsv {

    static final String FILE_NAME = "complaints.csv";

    static final String[] HEADER = {
            "complaint_id", "received_at", "acknowledged_at", "first_response_at", "resolved_at", "closed_at",
            "channel", "team", "category", "product", "severity", "status", "escalated",
            "departments_involved", "contacts_until_resolved", "reopened", "handling_minutes",
            "resolution_cost", "within_sla"};

    private final ComplaintIds ids;

    ComplaintCsv(ComplaintIds ids) {
        this.ids = ids;
    }

    Object[] row(SimulatedComplaint complaint) {
        return new Object[] {
                ids.of(complaint.sequence()),
                timestamp(complaint.receivedAt()),
                timestamp(complaint.acknowledgedAt()),
                timestamp(complaint.firstResponseAt()),
                timestamp(complaint.resolvedAt()),
                timestamp(complaint.closedAt()),
                complaint.channel().label(),
                complaint.team().label(),
                complaint.category().label(),
                complaint.product().label(),
                complaint.severity().label(),
                complaint.status().label(),
                Boolean.toString(complaint.escalated()),
                Integer.toString(complaint.departmentsInvolved()),
                complaint.contactsUntilResolved() > 0 ? Integer.toString(complaint.contactsUntilResolved()) : "",
                Boolean.toString(complaint.reopened()),
                Integer.toString(complaint.handlingMinutes()),
                complaint.resolutionCostCents() >= 0 ? money(complaint.resolutionCostCents()) : "",
                Boolean.toString(complaint.withinSla())};
    }

    static String timestamp(long value) {
        return SimulatedComplaint.happened(value) ? LocalTimestamps.format(value) : "";
    }

    /** Two decimals with a dot, whatever the default locale. */
    static String money(long cents) {
        long remainder = cents % 100;
        return (cents / 100) + (remainder < 10 ? ".0" : ".") + remainder;
    }
}
