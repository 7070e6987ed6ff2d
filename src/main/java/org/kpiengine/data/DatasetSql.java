package org.kpiengine.data;

import java.util.Map;
import java.util.stream.Collectors;
import org.kpiengine.definition.ColumnType;
import org.kpiengine.definition.DatasetDefinition;

/** The SELECT that exposes a dataset's file as a relation, with the column types the definition declares. */
final class DatasetSql {

    private DatasetSql() {
    }

    static String select(DatasetDefinition dataset) {
        String path = SqlText.literal(dataset.path().toString());
        Map<String, ColumnType> types = dataset.columnTypes();
        return switch (dataset.format()) {
            case CSV -> "SELECT * FROM read_csv(" + path + ", header = true, auto_detect = true"
                    + (types.isEmpty() ? "" : ", types = " + csvTypes(types)) + ")";
            case PARQUET -> "SELECT *" + replaceCasts(types) + " FROM read_parquet(" + path + ")";
        };
    }

    private static String csvTypes(Map<String, ColumnType> types) {
        return types.entrySet().stream()
                .map(entry -> SqlText.literal(entry.getKey()) + ": " + SqlText.literal(entry.getValue().sqlName()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String replaceCasts(Map<String, ColumnType> types) {
        if (types.isEmpty()) {
            return "";
        }
        return types.entrySet().stream()
                .map(entry -> "CAST(" + SqlText.identifier(entry.getKey()) + " AS " + entry.getValue().sqlName() + ") AS "
                        + SqlText.identifier(entry.getKey()))
                .collect(Collectors.joining(", ", " REPLACE (", ")"));
    }
}
