package org.kpiengine.sample;

/** One agent's working day. */
record AgentShift(long epochDay, Agent agent, int tenthHours) {
}
