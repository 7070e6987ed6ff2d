package org.kpiengine.rules.model;

/** The band a KPI result falls in; inserted by the band rules generated from each KPI's YAML bands. */
public record BandVerdict(
        String kpiId,
        String period,
        int periodIndex,
        String segment,
        String label,
        String colour,
        int rank,
        boolean worst) {
}
