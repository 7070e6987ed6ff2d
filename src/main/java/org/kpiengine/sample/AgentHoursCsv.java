package org.kpiengine.sample;

/** The layout of {@code agent_hours.csv}. */
final class AgentHoursCsv {

    static final String FILE_NAME = "agent_hours.csv";

    static final String[] HEADER = {"date", "agent_id", "team", "hours_worked"};

    private final SequentialIds agentIds;

    AgentHoursCsv(SequentialIds agentIds) {
        this.agentIds = agentIds;
    }

    Object[] row(AgentShift shift) {
        return new Object[] {
                CsvValues.date(shift.epochDay()),
                agentIds.of(shift.agent().number()),
                shift.agent().team().label(),
                CsvValues.tenths(shift.tenthHours())};
    }
}
