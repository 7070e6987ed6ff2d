package org.kpiengine.data;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kpiengine.definition.Aggregation;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.PeriodGrain;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.TimestampKind;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.error.SourceLocation;

/** Datasets, measures and requests written in Java, for tests of the data layer alone. */
final class Fixtures {

    static final SourceLocation DATASET_FILE = new SourceLocation("datasets/complaints.yaml", 1, 1);
    static final SourceLocation MEASURE_FILE = new SourceLocation("measures/complaints.yaml", 2, 5);

    private Fixtures() {
    }

    static DatasetDefinition csv(String id, Path file, SourceOptions options, Map<String, ColumnType> types,
                                 String... dimensions) {
        return new DatasetDefinition(id, id, SourceFormat.CSV, file, "received_at", ZoneOffset.UTC, TimestampKind.LOCAL, null, List.of(dimensions),
                types, options, DATASET_FILE);
    }

    static DatasetDefinition table(String id, String table, Map<String, ColumnType> types, String... dimensions) {
        SourceOptions.Jdbc jdbc = new SourceOptions.Jdbc(null, TestPostgres.URL_VARIABLE, table,
                TestPostgres.USER_VARIABLE, TestPostgres.PASSWORD_VARIABLE);
        return new DatasetDefinition(id, id, SourceFormat.JDBC, null, "received_at", ZoneOffset.UTC, TimestampKind.LOCAL, null, List.of(dimensions),
                types, new SourceOptions(SourceOptions.Csv.DETECTED, jdbc, SourceOptions.BadRows.FAIL), DATASET_FILE);
    }

    static DatasetDefinition withQueryTimeout(DatasetDefinition dataset, Duration timeout) {
        SourceOptions options = dataset.options();
        return new DatasetDefinition(dataset.id(), dataset.name(), dataset.format(), dataset.path(), dataset.timeColumn(),
                dataset.timeZone(), dataset.timestamps(), dataset.idColumn(), dataset.dimensions(), dataset.columnTypes(),
                new SourceOptions(options.csv(), options.jdbc(), options.onBadRows(), timeout), dataset.location());
    }

    static MeasureDefinition measure(String id, String dataset, Aggregation aggregation, String expression,
                                     String filter) {
        return new MeasureDefinition(id, id, "", dataset, aggregation, expression, filter, null, null, MEASURE_FILE);
    }

    static MeasureDefinition percentile(String id, String dataset, String expression, String filter, double fraction) {
        return new MeasureDefinition(id, id, "", dataset, Aggregation.PERCENTILE, expression, filter, null, null, fraction,
                MEASURE_FILE);
    }

    /** The months from {@code first} up to, not including, {@code end}, grouped by segment when given. */
    static AggregationRequest monthly(DatasetDefinition dataset, List<MeasureDefinition> measures, LocalDate first,
                                      LocalDate end, String segmentBy) {
        List<PeriodBounds> months = new ArrayList<>();
        for (LocalDate start = first; start.isBefore(end); start = start.plusMonths(1)) {
            months.add(new PeriodBounds(start, start.plusMonths(1)));
        }
        return new AggregationRequest(dataset, measures, PeriodGrain.MONTH, months, end, segmentBy);
    }
}
