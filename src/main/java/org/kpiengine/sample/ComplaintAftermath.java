package org.kpiengine.sample;

/**
 * What a complaint does to the customer who made it. The worse it was handled (escalated, reopened,
 * past its SLA, or by a team under strain) the likelier the customer leaves within weeks of it
 * settling; a complaint handled badly enough also leaves them disappointed, buying less from then on.
 */
final class ComplaintAftermath {

    private static final double BASE_LEAVING_CHANCE = 0.03;
    private static final double LEAVING_CHANCE_PER_GRIEVANCE = 0.07;
    private static final double MAX_LEAVING_CHANCE = 0.6;
    private static final double BADLY_HANDLED_GRIEVANCE = 1.0;
    private static final double MEDIAN_DAYS_UNTIL_LEAVING = 18;

    private final RandomDraws draws;

    ComplaintAftermath(RandomDraws draws) {
        this.draws = draws;
    }

    void follow(SimulatedComplaint complaint, Customer customer) {
        double grievance = grievance(complaint);
        long settledAt = settledAt(complaint);
        if (grievance >= BADLY_HANDLED_GRIEVANCE) {
            customer.disappointAt(settledAt);
        }
        double leavingChance = Math.min(MAX_LEAVING_CHANCE,
                BASE_LEAVING_CHANCE + LEAVING_CHANCE_PER_GRIEVANCE * grievance);
        if (draws.chance(leavingChance)) {
            customer.leaveBy(LocalTimestamps.plusHours(settledAt,
                    24 * Math.max(0.5, draws.logNormal(MEDIAN_DAYS_UNTIL_LEAVING, 0.7))));
        }
    }

    /** 0 for a smooth complaint; about 1 or more for one the customer will hold against the company. */
    private static double grievance(SimulatedComplaint complaint) {
        return (complaint.escalated() ? 1.0 : 0)
                + (complaint.reopened() ? 1.2 : 0)
                + (complaint.withinSla() ? 0 : 0.6)
                + 1.5 * complaint.teamStrain();
    }

    /** When the customer knows how it went: at resolution, or when its deadline passed without one. */
    private static long settledAt(SimulatedComplaint complaint) {
        return complaint.isResolved()
                ? complaint.resolvedAt()
                : complaint.receivedAt() + complaint.severity().slaSeconds();
    }
}
