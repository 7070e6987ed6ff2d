package org.kpiengine.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Joins the rows of several scans of one dataset into one row per period and segment. */
final class MeasureRows {

    private record Cell(LocalDate periodStart, String dimension, String segment) {
    }

    private MeasureRows() {
    }

    static List<MeasureRow> merge(List<MeasureRow> rows) {
        Map<Cell, Map<String, Double>> cells = new LinkedHashMap<>();
        for (MeasureRow row : rows) {
            cells.computeIfAbsent(new Cell(row.periodStart(), row.dimension(), row.segment()), cell -> new HashMap<>())
                    .putAll(row.values());
        }
        List<MeasureRow> merged = new ArrayList<>();
        cells.forEach((cell, values) -> merged.add(new MeasureRow(cell.periodStart(), cell.dimension(), cell.segment(),
                values)));
        return merged;
    }
}
