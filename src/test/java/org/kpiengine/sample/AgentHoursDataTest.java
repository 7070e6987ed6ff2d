package org.kpiengine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code agent_hours.csv}: who worked how long, and how {@code delta} loses capacity. */
class AgentHoursDataTest {

    private static final List<String> TEAMS = List.of("alpha", "bravo", "charlie", "delta");

    private final LargeSample sample = LargeSample.get();

    @Test
    void oneRowPerAgentAndDayWithValidValues() {
        Set<String> seen = new HashSet<>();
        Map<String, String> teamOfAgent = new HashMap<>();
        LocalDate previous = LargeSample.SPEC.firstDay();
        for (CSVRecord row : sample.agentHours) {
            String key = row.get("date") + " " + row.get("agent_id");
            assertTrue(seen.add(key), "second row for " + key);
            LocalDate date = LocalDate.parse(row.get("date"));
            assertTrue(!date.isBefore(previous) && !date.isAfter(LargeSample.SPEC.lastDay()), key);
            previous = date;
            assertTrue(row.get("agent_id").matches("A\\d{3}"), key);
            assertTrue(TEAMS.contains(row.get("team")), key);
            String firstTeam = teamOfAgent.putIfAbsent(row.get("agent_id"), row.get("team"));
            assertTrue(firstTeam == null || firstTeam.equals(row.get("team")), row.get("agent_id") + " changes team");
            assertTrue(row.get("hours_worked").matches("\\d+\\.\\d"), key);
            double hours = Double.parseDouble(row.get("hours_worked"));
            assertTrue(hours >= 2.0 && hours <= 10.0, key + " " + hours);
        }
    }

    @Test
    void eightToTwelveAgentsPerTeamAtTheStart() {
        Map<String, Set<String>> agentsInFirstMonth = new TreeMap<>();
        for (CSVRecord row : sample.agentHours) {
            if (LocalDate.parse(row.get("date")).isBefore(LargeSample.SPEC.firstDay().plusMonths(1))) {
                agentsInFirstMonth.computeIfAbsent(row.get("team"), k -> new HashSet<>()).add(row.get("agent_id"));
            }
        }
        assertEquals(Set.copyOf(TEAMS), agentsInFirstMonth.keySet());
        agentsInFirstMonth.forEach((team, agents) ->
                assertTrue(agents.size() >= 8 && agents.size() <= 12, team + " has " + agents.size() + " agents"));
    }

    @Test
    void weekendsAreStaffedButLessThanWeekdays() {
        double[] hoursPerDayType = new double[2]; // weekday, weekend
        for (CSVRecord row : sample.agentHours) {
            DayOfWeek day = LocalDate.parse(row.get("date")).getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            hoursPerDayType[weekend ? 1 : 0] += Double.parseDouble(row.get("hours_worked")) / (weekend ? 2 : 5);
        }
        double ratio = hoursPerDayType[1] / hoursPerDayType[0];
        assertTrue(ratio > 0.2 && ratio < 0.6, "weekend to weekday hours " + ratio);
    }

    @Test
    void deltaWorksFewerHoursLateInThePeriodWhileOtherTeamsStayStable() {
        Map<String, Double> firstQuarter = new TreeMap<>();
        Map<String, Double> lastQuarter = new TreeMap<>();
        for (CSVRecord row : sample.agentHours) {
            String quarter = LargeSample.quarterOfPeriod(LocalDate.parse(row.get("date")).atTime(12, 0));
            double hours = Double.parseDouble(row.get("hours_worked"));
            if ("first".equals(quarter)) {
                firstQuarter.merge(row.get("team"), hours, Double::sum);
            } else if ("last".equals(quarter)) {
                lastQuarter.merge(row.get("team"), hours, Double::sum);
            }
        }
        double deltaRatio = lastQuarter.get("delta") / firstQuarter.get("delta");
        assertTrue(deltaRatio < 0.8, "delta hours ratio " + deltaRatio);
        for (String team : List.of("alpha", "bravo", "charlie")) {
            double ratio = lastQuarter.get(team) / firstQuarter.get(team);
            assertTrue(ratio > 0.85 && ratio < 1.3, team + " hours ratio " + ratio);
        }
    }
}
