package org.kpiengine.sample;

/**
 * One complaint as it stands when the data is extracted. Timestamps are {@link LocalTimestamps}
 * seconds, or {@link #NOT_HAPPENED} for a step not reached yet.
 *
 * @param contactsUntilResolved 0 while unresolved
 * @param resolutionCostCents   negative while unresolved
 * @param teamStrain            how far the handling team had drifted from normal (0) towards its worst (1)
 */
record SimulatedComplaint(
        long sequence,
        long receivedAt,
        long acknowledgedAt,
        long firstResponseAt,
        long resolvedAt,
        long closedAt,
        Channel channel,
        Team team,
        Category category,
        Product product,
        Severity severity,
        Status status,
        boolean escalated,
        int departmentsInvolved,
        int contactsUntilResolved,
        boolean reopened,
        int handlingMinutes,
        long resolutionCostCents,
        boolean withinSla,
        double teamStrain) {

    static final long NOT_HAPPENED = Long.MIN_VALUE;

    static boolean happened(long timestamp) {
        return timestamp != NOT_HAPPENED;
    }

    boolean isResolved() {
        return happened(resolvedAt);
    }
}
