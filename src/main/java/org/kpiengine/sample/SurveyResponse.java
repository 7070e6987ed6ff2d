package org.kpiengine.sample;

/**
 * A customer's answer to the post-resolution survey.
 *
 * @param resolutionEffective null when the customer was not asked whether the resolution worked
 */
record SurveyResponse(
        long complaintSequence,
        Channel channel,
        Team team,
        long answeredAt,
        int csat,
        int nps,
        int effort,
        int resolutionSatisfaction,
        int perceptionBefore,
        int perceptionAfter,
        int interactionQuality,
        Boolean resolutionEffective) {
}
