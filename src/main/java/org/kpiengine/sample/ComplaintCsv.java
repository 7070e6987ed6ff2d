package org.kpiengine.sample;

/** The layout of {@code complaints.csv}: its header and how a complaint becomes a row. */
final class ComplaintCsv {

    static final String FILE_NAME = "complaints.csv";

    static final String[] HEADER = {
            "complaint_id", "received_at", "acknowledged_at", "first_response_at", "resolved_at", "closed_at",
            "channel", "team", "category", "product", "severity", "status", "escalated",
            "departments_involved", "contacts_until_resolved", "reopened", "handling_minutes",
            "resolution_cost", "within_sla", "customer_id"};

    private final SequentialIds complaintIds;
    private final SequentialIds customerIds;

    ComplaintCsv(SequentialIds complaintIds, SequentialIds customerIds) {
        this.complaintIds = complaintIds;
        this.customerIds = customerIds;
    }

    Object[] row(SimulatedComplaint complaint, Customer customer) {
        return new Object[] {
                complaintIds.of(complaint.sequence()),
                CsvValues.timestamp(complaint.receivedAt()),
                CsvValues.timestamp(complaint.acknowledgedAt()),
                CsvValues.timestamp(complaint.firstResponseAt()),
                CsvValues.timestamp(complaint.resolvedAt()),
                CsvValues.timestamp(complaint.closedAt()),
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
                complaint.resolutionCostCents() >= 0 ? CsvValues.money(complaint.resolutionCostCents()) : "",
                Boolean.toString(complaint.withinSla()),
                customerIds.of(customer.number())};
    }
}
