package org.kpiengine.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who works on which team over the period. Each team starts with about ten agents in proportion to
 * its share of complaints; most work Monday to Friday, a weekend rota covers Saturday and Sunday.
 * The stable teams lose the odd agent, replaced a few weeks later, and hire one more as volume
 * grows. {@code delta} loses two agents once it starts to deteriorate and replaces none of them.
 */
final class AgentRoster {

    private static final int AGENTS_PER_WHOLE_TEAM_SHARE = 40;
    private static final double WEEKEND_ROTA_SHARE = 0.35;
    private static final double PART_TIME_SHARE = 0.25;
    private static final int[] FULL_TIME_TENTH_HOURS = {80, 80, 80, 75};
    private static final int[] PART_TIME_TENTH_HOURS = {40, 50, 60};
    private static final double LEAVING_CHANCE_OVER_PERIOD = 0.10;
    private static final int MIN_DAYS_TO_REPLACE = 14;
    private static final int MAX_DAYS_TO_REPLACE = 42;
    private static final double[] DELTA_DEPARTURES_AT_PROGRESS = {0.40, 0.62};
    private static final int MONDAY_TO_FRIDAY_OFF = (1 << 5) | (1 << 6);
    private static final int PRESTART_DAYS = 400;

    private final RandomDraws draws;
    private final SimulationPeriod period;

    AgentRoster(RandomDraws draws, SimulationPeriod period) {
        this.draws = draws;
        this.period = period;
    }

    /** Numbered: the agents employed at the start team by team, then later hires by first day. */
    List<Agent> plan() {
        List<Agent> starting = new ArrayList<>();
        List<Agent> hiredLater = new ArrayList<>();
        for (Team team : Team.values()) {
            int headcount = (int) Math.round(team.share() * AGENTS_PER_WHOLE_TEAM_SHARE);
            List<Agent> teamAtStart = new ArrayList<>();
            for (int i = 0; i < headcount; i++) {
                teamAtStart.add(newAgent(team, period.firstEpochDay() - draws.uniformInt(30, PRESTART_DAYS)));
            }
            if (team == Team.DELTA) {
                loseWithoutReplacement(teamAtStart);
            } else {
                turnOver(teamAtStart, hiredLater);
                hiredLater.add(newAgent(team, dayAtProgress(0.45 + 0.3 * draws.uniformDouble())));
            }
            starting.addAll(teamAtStart);
        }
        hiredLater.removeIf(agent -> agent.firstDay() >= period.endEpochDay());
        hiredLater.sort(Comparator.comparingLong(Agent::firstDay));
        List<Agent> roster = new ArrayList<>();
        for (Agent agent : starting) {
            roster.add(agent.numbered(roster.size() + 1));
        }
        for (Agent agent : hiredLater) {
            roster.add(agent.numbered(roster.size() + 1));
        }
        return roster;
    }

    private void loseWithoutReplacement(List<Agent> team) {
        for (int i = 0; i < DELTA_DEPARTURES_AT_PROGRESS.length && i < team.size(); i++) {
            int leaver = team.size() - 1 - i;
            double progress = DELTA_DEPARTURES_AT_PROGRESS[i] + 0.04 * (draws.uniformDouble() - 0.5);
            team.set(leaver, team.get(leaver).leavingOn(dayAtProgress(progress)));
        }
    }

    private void turnOver(List<Agent> team, List<Agent> hiredLater) {
        for (int i = 0; i < team.size(); i++) {
            if (draws.chance(LEAVING_CHANCE_OVER_PERIOD)) {
                long leavingDay = dayAtProgress(0.05 + 0.9 * draws.uniformDouble());
                Agent leaver = team.get(i);
                team.set(i, leaver.leavingOn(leavingDay));
                hiredLater.add(newAgent(leaver.team(),
                        leavingDay + draws.uniformInt(MIN_DAYS_TO_REPLACE, MAX_DAYS_TO_REPLACE + 1)));
            }
        }
    }

    private Agent newAgent(Team team, long firstDay) {
        int contract = draws.chance(PART_TIME_SHARE)
                ? PART_TIME_TENTH_HOURS[draws.uniformInt(0, PART_TIME_TENTH_HOURS.length)]
                : FULL_TIME_TENTH_HOURS[draws.uniformInt(0, FULL_TIME_TENTH_HOURS.length)];
        int daysOff = MONDAY_TO_FRIDAY_OFF;
        if (draws.chance(WEEKEND_ROTA_SHARE)) {
            int firstDayOff = 1 + draws.uniformInt(0, 3); // Tuesday and Wednesday, up to Thursday and Friday
            daysOff = (1 << firstDayOff) | (1 << (firstDayOff + 1));
        }
        return new Agent(0, team, firstDay, Agent.STAYING, contract, daysOff);
    }

    private long dayAtProgress(double progress) {
        return period.firstEpochDay() + Math.round(progress * (period.endEpochDay() - period.firstEpochDay()));
    }
}
