package org.kpiengine.definition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column that a partitioned source is split by (folders such as {@code month=2025-01}), holding the
 * time column's date in the dataset's time zone written in one of a few formats whose text sorts as the
 * dates do. A time window then becomes a range of partition values, so only its partitions are read.
 */
public record PartitionColumn(String column, String format) {

    /** Formats whose values sort as their dates do, so a range of dates is a range of texts. */
    public static final List<String> FORMATS = List.of("yyyy", "yyyy-MM", "yyyy-MM-dd", "yyyyMM", "yyyyMMdd");

    public PartitionColumn {
        Objects.requireNonNull(column, "column");
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("not a partition format: " + format);
        }
    }

    /** The partition value of a day. */
    public String valueOf(LocalDate day) {
        return DateTimeFormatter.ofPattern(format, Locale.ROOT).format(day);
    }
}
