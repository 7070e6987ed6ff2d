package org.kpiengine.report;

/** One KPI value in one period and segment, with its verdict, as the results table and exports show it. */
public record ResultRow(
        String kpiId,
        String kpiName,
        String period,
        boolean partialPeriod,
        String segment,
        Double value,
        String unit,
        String formattedValue,
        String band,
        String bandRule,
        Double target,
        String formattedTarget,
        Double change,
        String formattedChange,
        Boolean changeSignificant,
        Double intervalLow,
        Double intervalHigh,
        String formattedInterval,
        Double sample,
        boolean insufficientSample,
        String note) {
}
