package org.kpiengine.sample;

/**
 * How far a team has drifted from its normal performance at a point of the period. Only
 * {@code delta} drifts: from a third of the way in, its strain rises linearly to 1 at the end, so
 * every month is measurably worse than the one before and a trend or outlier rule can find it.
 */
final class TeamDrift {

    static final double DETERIORATION_STARTS_AT = 1.0 / 3.0;

    private TeamDrift() {
    }

    /**
     * @param progress 0 at the start of the period, 1 at its end
     * @return 0 while the team performs normally, up to 1 at its worst
     */
    static double strain(Team team, double progress) {
        if (team != Team.DELTA || progress <= DETERIORATION_STARTS_AT) {
            return 0.0;
        }
        return Math.min(1.0, (progress - DETERIORATION_STARTS_AT) / (1.0 - DETERIORATION_STARTS_AT));
    }
}
