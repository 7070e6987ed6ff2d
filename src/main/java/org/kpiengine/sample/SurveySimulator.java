package org.kpiengine.sample;

/**
 * Decides whether a resolved complaint's customer answers the survey and what they say. All scores
 * derive from one hidden satisfaction level, lowered by slow, escalated, reopened or many-contact
 * handling, so the scores agree with each other and with the complaint record.
 */
final class SurveySimulator {

    private static final double NOT_ASSESSED_RATE = 0.10;
    private static final double TYPICAL_SLA_SHARE_USED = 0.6;
    private static final double[] CSAT_UPPER_BOUNDS = {-1.2, -0.4, 0.3, 1.3};

    private final RandomDraws draws;
    private final long extractedAt;

    SurveySimulator(RandomDraws draws, long extractedAt) {
        this.draws = draws;
        this.extractedAt = extractedAt;
    }

    /** @return the response, or null when there is none (unresolved, not answered, or not yet answered) */
    SurveyResponse respond(SimulatedComplaint complaint) {
        if (!complaint.isResolved() || !draws.chance(complaint.channel().surveyResponseRate())) {
            return null;
        }
        long answeredAt = LocalTimestamps.plusHours(complaint.resolvedAt(), Math.max(0.2, draws.logNormal(20, 1.1)));
        if (answeredAt > extractedAt) {
            return null;
        }
        double expected = expectedSatisfaction(complaint);
        double satisfaction = expected + 0.8 * draws.gaussian();
        double shifts = complaint.channel().satisfactionShift() + complaint.team().satisfactionShift();

        int csat = csatFor(satisfaction + 0.5 * draws.gaussian());
        int nps = clamp(Math.round(6.3 + 1.8 * (satisfaction + 0.5 * draws.gaussian())), 0, 10);
        int effort = clamp(Math.round(3.2 - 0.9 * (satisfaction + 0.6 * draws.gaussian())
                + 0.25 * (complaint.contactsUntilResolved() - 1)), 1, 7);
        int resolutionSatisfaction = clamp(Math.round(62 + 17 * (satisfaction + 0.5 * draws.gaussian())), 0, 100);
        int perceptionBefore = clamp(Math.round(58 + 14 * draws.gaussian()
                - (complaint.severity() == Severity.CRITICAL ? 6 : 0)), 0, 100);
        int perceptionAfter = clamp(Math.round(perceptionBefore - 4 + 9 * (satisfaction + 0.5 * draws.gaussian())), 0, 100);
        int interactionQuality = clamp(Math.round(68 + 10 * (0.5 * satisfaction + shifts
                - 0.8 * complaint.teamStrain() + 0.8 * draws.gaussian())), 0, 100);
        Boolean resolutionEffective = draws.chance(NOT_ASSESSED_RATE) ? null : draws.chance(logistic(1.9
                + 0.5 * satisfaction
                - (complaint.reopened() ? 1.2 : 0)
                - (complaint.escalated() ? 0.4 : 0)
                - 1.1 * complaint.teamStrain()));

        return new SurveyResponse(complaint.sequence(), complaint.channel(), complaint.team(), answeredAt, csat, nps, effort, resolutionSatisfaction,
                perceptionBefore, perceptionAfter, interactionQuality, resolutionEffective);
    }

    private static double expectedSatisfaction(SimulatedComplaint complaint) {
        double hoursToResolve = LocalTimestamps.hoursBetween(complaint.receivedAt(), complaint.resolvedAt());
        double slaShareUsed = Math.max(hoursToResolve, 0.1) / complaint.severity().slaHours();
        double slowness = Math.max(-1.5, Math.min(2.5, StrictMath.log(slaShareUsed / TYPICAL_SLA_SHARE_USED)));
        return 1.0
                + complaint.channel().satisfactionShift()
                + complaint.team().satisfactionShift()
                - 0.6 * slowness
                - (complaint.escalated() ? 0.6 : 0)
                - (complaint.reopened() ? 0.9 : 0)
                - 0.15 * (complaint.contactsUntilResolved() - 1)
                - 0.5 * complaint.teamStrain();
    }

    private static int csatFor(double satisfaction) {
        int score = 1;
        while (score <= CSAT_UPPER_BOUNDS.length && satisfaction >= CSAT_UPPER_BOUNDS[score - 1]) {
            score++;
        }
        return score;
    }

    private static double logistic(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
