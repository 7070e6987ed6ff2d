package org.kpiengine.sample;

/**
 * Samples about one in ten resolved complaints for a quality review a few days after resolution.
 * Spoken and face-to-face contacts are scored on a longer checklist than written ones. The score
 * follows a hidden handling quality that escalation, reopening, a missed SLA and team strain lower,
 * so audits agree with the complaint record and {@code delta} audits worse as it deteriorates.
 */
final class QualityAuditor {

    private static final double AUDIT_RATE = 0.10;
    private static final int SPOKEN_CHECKLIST_POINTS = 25;
    private static final int WRITTEN_CHECKLIST_POINTS = 20;
    private static final double MEDIAN_HOURS_AFTER_RESOLUTION = 72;
    private static final int REVIEWS_FROM_HOUR = 9;
    private static final int REVIEWS_UNTIL_HOUR = 17;
    private static final double TYPICAL_QUALITY = 0.80;
    /** The final score weighs the checklist and the reviewer's overall impression. */
    private static final double CHECKLIST_WEIGHT = 0.75;

    private final RandomDraws draws;
    private final long extractedAt;
    private long audits;

    QualityAuditor(RandomDraws draws, long extractedAt) {
        this.draws = draws;
        this.extractedAt = extractedAt;
    }

    /** @return the audit, or null when the complaint is not sampled, not resolved, or not audited yet */
    QualityAudit audit(SimulatedComplaint complaint) {
        if (!complaint.isResolved() || !draws.chance(AUDIT_RATE)) {
            return null;
        }
        long auditedAt = duringReviewHours(complaint.resolvedAt(),
                LocalTimestamps.plusHours(complaint.resolvedAt(), draws.logNormal(MEDIAN_HOURS_AFTER_RESOLUTION, 0.7)));
        if (auditedAt > extractedAt) {
            return null;
        }
        double quality = handlingQuality(complaint) + 0.06 * draws.gaussian();
        int pointsPossible = isSpoken(complaint.channel()) ? SPOKEN_CHECKLIST_POINTS : WRITTEN_CHECKLIST_POINTS;
        int pointsAchieved = clamp(Math.round(pointsPossible * (quality + 0.05 * draws.gaussian())), 0, pointsPossible);
        double impression = quality + 0.05 * draws.gaussian();
        int qualityScore = clamp(Math.round(100 * (CHECKLIST_WEIGHT * pointsAchieved / pointsPossible
                + (1 - CHECKLIST_WEIGHT) * impression)), 0, 100);
        return new QualityAudit(++audits, complaint.sequence(), complaint.team(), complaint.channel(), auditedAt,
                pointsAchieved, pointsPossible, qualityScore);
    }

    /** Reviewers work weekdays from 9 to 17: the review happens then, on the day due or the next working day. */
    private long duringReviewHours(long resolvedAt, long due) {
        long day = Math.floorDiv(due, LocalTimestamps.SECONDS_PER_DAY);
        long auditedAt;
        do {
            while (LocalTimestamps.dayOfWeekIndex(day) >= 5) {
                day++;
            }
            auditedAt = day * LocalTimestamps.SECONDS_PER_DAY
                    + draws.uniformInt(REVIEWS_FROM_HOUR * 3600, REVIEWS_UNTIL_HOUR * 3600);
            day++;
        } while (auditedAt <= resolvedAt);
        return auditedAt;
    }

    private static double handlingQuality(SimulatedComplaint complaint) {
        return TYPICAL_QUALITY
                + 0.3 * complaint.team().satisfactionShift()
                - (complaint.escalated() ? 0.05 : 0)
                - (complaint.reopened() ? 0.07 : 0)
                - (complaint.withinSla() ? 0 : 0.04)
                - 0.22 * complaint.teamStrain();
    }

    private static boolean isSpoken(Channel channel) {
        return channel == Channel.PHONE || channel == Channel.STORE;
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
