package org.kpiengine.sample;

/** The layout of {@code survey_responses.csv}: its header and how a response becomes a row. */
final class SurveyCsv {

    static final String FILE_NAME = "survey_responses.csv";

    static final String[] HEADER = {
            "complaint_id", "channel", "team", "answered_at", "csat", "nps", "effort", "resolution_satisfaction",
            "perception_before", "perception_after", "interaction_quality", "resolution_effective"};

    private final SequentialIds ids;

    SurveyCsv(SequentialIds ids) {
        this.ids = ids;
    }

    Object[] row(SurveyResponse response) {
        return new Object[] {
                ids.of(response.complaintSequence()),
                response.channel().label(),
                response.team().label(),
                LocalTimestamps.format(response.answeredAt()),
                Integer.toString(response.csat()),
                Integer.toString(response.nps()),
                Integer.toString(response.effort()),
                Integer.toString(response.resolutionSatisfaction()),
                Integer.toString(response.perceptionBefore()),
                Integer.toString(response.perceptionAfter()),
                Integer.toString(response.interactionQuality()),
                response.resolutionEffective() == null ? "" : response.resolutionEffective().toString()};
    }
}
