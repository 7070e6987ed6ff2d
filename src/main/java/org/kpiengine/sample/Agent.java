package org.kpiengine.sample;

/**
 * A complaint handler on one team's roster.
 *
 * @param firstDay           epoch day of the first day employed
 * @param endDay             epoch day after the last day employed; {@link Long#MAX_VALUE} while staying
 * @param contractTenthHours hours per working day under the contract, in tenths
 * @param daysOff            bit {@code 1 << d} set for each weekday d (0 = Monday) the agent does not work
 */
record Agent(int number, Team team, long firstDay, long endDay, int contractTenthHours, int daysOff) {

    static final long STAYING = Long.MAX_VALUE;

    boolean isEmployedOn(long epochDay) {
        return firstDay <= epochDay && epochDay < endDay;
    }

    boolean worksOnWeekday(int dayOfWeekIndex) {
        return (daysOff & (1 << dayOfWeekIndex)) == 0;
    }

    Agent numbered(int newNumber) {
        return new Agent(newNumber, team, firstDay, endDay, contractTenthHours, daysOff);
    }

    Agent leavingOn(long day) {
        return new Agent(number, team, firstDay, day, contractTenthHours, daysOff);
    }
}
