package org.kpiengine.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one benchmark run does.
 *
 * @param complaints   how many complaints the data set holds (surveys, audits, customers and purchases follow)
 * @param data         the folder the data is generated into, or reused from when it matches
 * @param definitions  the definitions folder whose whole library is evaluated (copied; never changed)
 * @param templates    the report templates folder
 * @param report       whether to render the scorecard PDF, cold and warm, and time fresh JVMs running it
 * @param coldRuns     how many fresh JVMs each cold-start command is timed in (the median counts)
 * @param json         where to write the figures as JSON, or null
 * @param version      the engine version the report prints
 * @param sparkMaster  the Spark master to run the library on as well, beside DuckDB, or null for DuckDB alone
 */
public record BenchOptions(int complaints, long seed, LocalDate firstDay, LocalDate lastDay, Path data,
                           Path definitions, Path templates, boolean report, int coldRuns, Path json, String version,
                           String sparkMaster) {

    public static final int TRAILING_MONTHS = 12;
    public static final String SEGMENT_BY = "team";

    public BenchOptions {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(version, "version");
        if (coldRuns < 1) {
            throw new IllegalArgumentException("the cold start needs at least one run per command");
        }
        if (complaints < 1) {
            throw new IllegalArgumentException("the benchmark needs at least one complaint");
        }
        if (firstDay.plusMonths(TRAILING_MONTHS).isAfter(lastDay.plusDays(1))) {
            throw new IllegalArgumentException("the data must cover at least " + TRAILING_MONTHS + " months");
        }
    }
}
