package org.kpiengine.sample;

/**
 * The simulated stretch of time, as {@link LocalTimestamps} seconds: from the start of the first
 * day to the extraction moment at the end of the last day.
 */
record SimulationPeriod(long start, long extractedAt) {

    static final double DAYS_PER_MONTH = 365.2425 / 12;

    static SimulationPeriod of(SampleDataSpec spec) {
        return new SimulationPeriod(LocalTimestamps.startOf(spec.firstDay()),
                LocalTimestamps.startOf(spec.lastDay().plusDays(1)));
    }

    long firstEpochDay() {
        return Math.floorDiv(start, LocalTimestamps.SECONDS_PER_DAY);
    }

    /** Exclusive. */
    long endEpochDay() {
        return Math.floorDiv(extractedAt, LocalTimestamps.SECONDS_PER_DAY);
    }

    double months() {
        return (extractedAt - start) / (double) LocalTimestamps.SECONDS_PER_DAY / DAYS_PER_MONTH;
    }

    /** 0 at the start, 1 at the extraction moment. */
    double progress(long timestamp) {
        return (timestamp - start) / (double) (extractedAt - start);
    }
}
