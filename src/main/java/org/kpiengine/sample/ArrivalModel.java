package org.kpiengine.sample;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * When complaints arrive: spreads the requested number over the days of the period by weekday,
 * mild seasonality, slow growth and day-to-day noise, then over the hours of each day. Hands them
 * out in time order one day at a time, so memory stays bounded by the busiest day.
 */
final class ArrivalModel {

    //                                                 Mon   Tue   Wed   Thu   Fri   Sat   Sun
    private static final double[] WEEKDAY_WEIGHTS = {1.25, 1.15, 1.10, 1.05, 1.00, 0.60, 0.40};

    private static final double[] WORKDAY_HOUR_WEIGHTS = {
            0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.5, 3.5, 5.5, 6.5, 6.5,
            5.0, 5.5, 6.0, 5.8, 5.0, 4.2, 3.5, 3.0, 2.6, 2.0, 1.3, 0.7};
    private static final double[] WEEKEND_HOUR_WEIGHTS = {
            0.5, 0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 0.7, 1.5, 3.0, 4.5, 5.0,
            5.0, 4.8, 4.5, 4.2, 4.0, 3.8, 3.5, 3.2, 2.8, 2.2, 1.5, 0.9};

    private static final double SEASONAL_AMPLITUDE = 0.12;
    private static final int SEASONAL_PEAK_DAY_OF_YEAR = 20; // post-holiday bills and returns
    private static final double GROWTH_OVER_PERIOD = 0.08;
    private static final double DAILY_NOISE_SIGMA = 0.12;

    private final long firstEpochDay;
    private final int[] arrivalsPerDay;
    private final RandomDraws draws;

    private int currentDay = -1;
    private int[] secondsOfCurrentDay = new int[0];
    private int nextInCurrentDay;

    ArrivalModel(SampleDataSpec spec, RandomDraws draws) {
        this.draws = draws;
        this.firstEpochDay = spec.firstDay().toEpochDay();
        this.arrivalsPerDay = apportion(spec.complaints(), dayWeights(spec.firstDay(), spec.lastDay(), draws));
    }

    boolean hasNext() {
        while (nextInCurrentDay >= secondsOfCurrentDay.length) {
            if (currentDay + 1 >= arrivalsPerDay.length) {
                return false;
            }
            currentDay++;
            secondsOfCurrentDay = drawSecondsOfDay(arrivalsPerDay[currentDay], firstEpochDay + currentDay);
            nextInCurrentDay = 0;
        }
        return true;
    }

    /** The next arrival, never earlier than the previous one. */
    long next() {
        if (!hasNext()) {
            throw new IllegalStateException("no more arrivals");
        }
        return (firstEpochDay + currentDay) * LocalTimestamps.SECONDS_PER_DAY + secondsOfCurrentDay[nextInCurrentDay++];
    }

    private static double[] dayWeights(LocalDate firstDay, LocalDate lastDay, RandomDraws draws) {
        int days = Math.toIntExact(lastDay.toEpochDay() - firstDay.toEpochDay() + 1);
        double[] weights = new double[days];
        for (int i = 0; i < days; i++) {
            LocalDate day = firstDay.plusDays(i);
            double progress = days == 1 ? 0 : i / (double) (days - 1);
            double season = 1 + SEASONAL_AMPLITUDE
                    * StrictMath.cos(2 * StrictMath.PI * (day.getDayOfYear() - SEASONAL_PEAK_DAY_OF_YEAR) / 365.25);
            double growth = 1 + GROWTH_OVER_PERIOD * progress;
            double noise = draws.logNormal(1.0, DAILY_NOISE_SIGMA);
            weights[i] = WEEKDAY_WEIGHTS[LocalTimestamps.dayOfWeekIndex(day.toEpochDay())] * season * growth * noise;
        }
        return weights;
    }

    /** Splits total across days in proportion to weight by cumulative rounding, so counts sum exactly to total. */
    private static int[] apportion(int total, double[] weights) {
        double weightSum = 0;
        for (double weight : weights) {
            weightSum += weight;
        }
        int[] counts = new int[weights.length];
        double cumulative = 0;
        long assignedSoFar = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            long assignedUpToHere = i == weights.length - 1 ? total : Math.round(total * (cumulative / weightSum));
            counts[i] = (int) (assignedUpToHere - assignedSoFar);
            assignedSoFar = assignedUpToHere;
        }
        return counts;
    }

    private int[] drawSecondsOfDay(int count, long epochDay) {
        double[] hourWeights = LocalTimestamps.dayOfWeekIndex(epochDay) >= 5 ? WEEKEND_HOUR_WEIGHTS : WORKDAY_HOUR_WEIGHTS;
        int[] seconds = new int[count];
        for (int i = 0; i < count; i++) {
            int hour = draws.pick(hourWeights);
            seconds[i] = hour * 3600 + draws.uniformInt(0, 3600);
        }
        Arrays.sort(seconds);
        return seconds;
    }
}
