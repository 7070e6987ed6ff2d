package org.kpiengine.sample;

/** A quality reviewer's check of one resolved complaint's handling against a checklist. */
record QualityAudit(
        long number,
        long complaintSequence,
        Team team,
        Channel channel,
        long auditedAt,
        int pointsAchieved,
        int pointsPossible,
        int qualityScore) {
}
