package org.kpiengine.sample;

/** The layout of {@code quality_audits.csv}. */
final class QualityAuditCsv {

    static final String FILE_NAME = "quality_audits.csv";

    static final String[] HEADER = {
            "audit_id", "complaint_id", "team", "channel", "audited_at", "points_achieved", "points_possible",
            "quality_score"};

    private final SequentialIds auditIds;
    private final SequentialIds complaintIds;

    QualityAuditCsv(SequentialIds auditIds, SequentialIds complaintIds) {
        this.auditIds = auditIds;
        this.complaintIds = complaintIds;
    }

    Object[] row(QualityAudit audit) {
        return new Object[] {
                auditIds.of(audit.number()),
                complaintIds.of(audit.complaintSequence()),
                audit.team().label(),
                audit.channel().label(),
                LocalTimestamps.format(audit.auditedAt()),
                Integer.toString(audit.pointsAchieved()),
                Integer.toString(audit.pointsPossible()),
                Integer.toString(audit.qualityScore())};
    }
}
