package org.kpiengine.rules.model;

/** How urgently a finding asks for attention, most urgent first. */
public enum Severity {
    CRITICAL,
    WARNING,
    INFO
}
