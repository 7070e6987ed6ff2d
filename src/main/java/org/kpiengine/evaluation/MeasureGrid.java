package org.kpiengine.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpiengine.data.MeasureRow;
import org.kpiengine.definition.MeasureDefinition;

/**
 * Measure values by period and segment. A period or segment with no records still has its counts,
 * at zero; its other measures have no value.
 */
final class MeasureGrid {

    private record Cell(LocalDate periodStart, String segment) {
    }

    private final Map<Cell, Map<String, Double>> cells = new HashMap<>();
    private final List<MeasureDefinition> measures;

    MeasureGrid(List<MeasureRow> rows, List<MeasureDefinition> measures) {
        this.measures = List.copyOf(measures);
        for (MeasureRow row : rows) {
            cells.computeIfAbsent(new Cell(row.periodStart(), row.segment()), cell -> new HashMap<>()).putAll(row.values());
        }
    }

    Map<String, Double> measures(LocalDate periodStart, String segment) {
        Map<String, Double> values = new HashMap<>(cells.getOrDefault(new Cell(periodStart, segment), Map.of()));
        for (MeasureDefinition measure : measures) {
            if (measure.aggregation().isZeroWhenEmpty()) {
                values.putIfAbsent(measure.id(), 0.0);
            }
        }
        return values;
    }
}
