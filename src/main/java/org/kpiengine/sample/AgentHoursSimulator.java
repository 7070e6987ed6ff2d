package org.kpiengine.sample;

import java.util.List;
import java.util.function.Consumer;

/**
 * Lives through the period day by day and reports who worked how long. Agents work their rostered
 * weekdays unless on holiday (a week or two at a time) or off sick; hours vary around the contract,
 * with the odd short day. Sick leave in {@code delta} rises with its strain, costing it more hours.
 */
final class AgentHoursSimulator {

    private static final double HOLIDAY_START_CHANCE = 1.0 / 60;
    private static final int MIN_HOLIDAY_DAYS = 7;
    private static final int MAX_HOLIDAY_DAYS = 14;
    private static final double SICK_CHANCE = 0.04;
    private static final double EXTRA_SICK_CHANCE_AT_FULL_STRAIN = 0.08;
    private static final double SHORT_DAY_CHANCE = 0.03;
    private static final int MINIMUM_TENTH_HOURS = 20;
    private static final int MOST_OVERTIME_TENTH_HOURS = 15;

    private final RandomDraws draws;
    private final SimulationPeriod period;
    private final List<Agent> roster;
    private final long[] onHolidayUntil;

    AgentHoursSimulator(RandomDraws draws, SimulationPeriod period, List<Agent> roster) {
        this.draws = draws;
        this.period = period;
        this.roster = List.copyOf(roster);
        this.onHolidayUntil = new long[roster.size()];
    }

    /** Hands every shift to the sink, in date order and within a date in roster order. */
    void simulate(Consumer<AgentShift> sink) {
        for (long day = period.firstEpochDay(); day < period.endEpochDay(); day++) {
            int weekday = LocalTimestamps.dayOfWeekIndex(day);
            double progress = period.progress(day * LocalTimestamps.SECONDS_PER_DAY + LocalTimestamps.SECONDS_PER_DAY / 2);
            for (int i = 0; i < roster.size(); i++) {
                Agent agent = roster.get(i);
                if (!agent.isEmployedOn(day) || !agent.worksOnWeekday(weekday) || day < onHolidayUntil[i]) {
                    continue;
                }
                if (draws.chance(HOLIDAY_START_CHANCE)) {
                    onHolidayUntil[i] = day + draws.uniformInt(MIN_HOLIDAY_DAYS, MAX_HOLIDAY_DAYS + 1);
                    continue;
                }
                double strain = TeamDrift.strain(agent.team(), progress);
                if (draws.chance(SICK_CHANCE + EXTRA_SICK_CHANCE_AT_FULL_STRAIN * strain)) {
                    continue;
                }
                sink.accept(new AgentShift(day, agent, tenthHoursWorked(agent)));
            }
        }
    }

    private int tenthHoursWorked(Agent agent) {
        int contract = agent.contractTenthHours();
        long tenths = contract + Math.round(4 * draws.gaussian());
        if (draws.chance(SHORT_DAY_CHANCE)) {
            tenths /= 2;
        }
        return (int) Math.max(MINIMUM_TENTH_HOURS, Math.min(contract + MOST_OVERTIME_TENTH_HOURS, tenths));
    }
}
