package org.kpiengine.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.kpiengine.data.MeasureRow;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.SourceFormat;

/** Fingerprints the data sources a scorecard read, while the source that read them is still open. */
final class DataFingerprints {

    private DataFingerprints() {
    }

    static List<DataFingerprint> of(Collection<DatasetDefinition> datasets, RecordingMeasureSource source) {
        List<DataFingerprint> fingerprints = new ArrayList<>();
        for (DatasetDefinition dataset : datasets) {
            fingerprints.add(of(dataset, source.rowsOf(dataset.id()), source));
        }
        fingerprints.sort((a, b) -> a.dataset().compareTo(b.dataset()));
        return fingerprints;
    }

    static DataFingerprint of(DatasetDefinition dataset, List<MeasureRow> rows, MeasureSource source) {
        String format = dataset.format().name().toLowerCase(Locale.ROOT);
        String aggregated = Sha256.of(canonical(rows));
        if (dataset.format().isFile() && dataset.path() != null && Files.isRegularFile(dataset.path())) {
            Path file = dataset.path().toAbsolutePath().normalize();
            return new DataFingerprint(dataset.id(), format, file.toString(), Sha256.of(file), size(file), null, null,
                    rows.size(), aggregated);
        }
        long count = source.statistics(dataset).rowsRead();
        // a database or catalog table, or a folder of files (partitioned data), is named and counted, not hashed
        String table = dataset.path() != null ? dataset.path().toString()
                : dataset.options().location() != null ? dataset.options().location()
                : dataset.format() == SourceFormat.TABLE ? dataset.options().catalogTable()
                : dataset.options().jdbc().table();
        return new DataFingerprint(dataset.id(), format, null, null, null, table, count, rows.size(), aggregated);
    }

    /**
     * One line per row, sorted, each measure in id order with its value in Java's shortest exact
     * spelling: the same rows give the same text whatever order the database returned them in.
     */
    static String canonical(List<MeasureRow> rows) {
        List<String> lines = new ArrayList<>();
        for (MeasureRow row : rows) {
            StringBuilder line = new StringBuilder()
                    .append(row.periodStart()).append('\t')
                    .append(row.dimension() == null ? "" : row.dimension()).append('\t')
                    .append(row.isTotal() ? "\u0000total" : row.segment());
            new TreeMap<>(row.values()).forEach((measure, value) ->
                    line.append('\t').append(measure).append('=').append(value));
            lines.add(line.toString());
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
