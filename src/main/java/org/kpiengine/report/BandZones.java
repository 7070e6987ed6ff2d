package org.kpiengine.report;

import java.time.LocalDate;
import java.util.List;
import org.kpiengine.definition.KpiDefinition;

/** A KPI's bands in force on one day as ranges of its value axis, best first. */
final class BandZones {

    private BandZones() {
    }

    static List<ScorecardView.Zone> of(KpiDefinition kpi, LocalDate day) {
        return kpi.judgement().bandsFor(day).stream()
                .map(band -> new ScorecardView.Zone(band.label(), band.colour(), band.lower(), band.upper(), band.rank()))
                .toList();
    }
}
