package org.kpiengine.evaluation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kpiengine.data.MeasureRow;

/**
 * The segments of a scorecard: every value found of each dimension it breaks down by, each dimension
 * on its own. With one dimension a segment is named by its value ("delta"); with several, by dimension
 * and value ("team delta", "channel web"), so that equal values of different dimensions stay apart.
 */
final class Segments {

    private final List<String> dimensions;
    private final Map<String, String> dimensionByLabel;

    private Segments(List<String> dimensions, Map<String, String> dimensionByLabel) {
        this.dimensions = List.copyOf(dimensions);
        this.dimensionByLabel = dimensionByLabel;
    }

    static Segments of(List<String> dimensions, List<MeasureRow> rows) {
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (String dimension : dimensions) {
            TreeSet<String> values = new TreeSet<>(Comparator.naturalOrder());
            rows.stream().filter(row -> !row.isTotal() && dimension.equals(row.dimension()))
                    .forEach(row -> values.add(row.segment()));
            values.forEach(value -> byLabel.put(label(dimensions, dimension, value), dimension));
        }
        return new Segments(dimensions, byLabel);
    }

    private static String label(List<String> dimensions, String dimension, String value) {
        return dimensions.size() == 1 ? value : dimension + " " + value;
    }

    /** The rows with each segment named by its label; totals stay as they are. */
    List<MeasureRow> relabel(List<MeasureRow> rows) {
        return rows.stream().map(row -> row.isTotal() ? row : new MeasureRow(row.periodStart(), row.dimension(),
                label(dimensions, row.dimension(), row.segment()), row.values())).toList();
    }

    /** The labels, dimension by dimension in the scorecard's order, values sorted within each. */
    List<String> labels() {
        return List.copyOf(dimensionByLabel.keySet());
    }

    String dimensionOf(String label) {
        return dimensionByLabel.get(label);
    }
}
