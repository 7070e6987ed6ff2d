package org.kpiengine.definition;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a dataset's source is read, beyond its format and path: CSV parsing options where sniffing is
 * not enough, what to do with rows that cannot be parsed, the table a JDBC dataset reads, and how long
 * a query over the source may run before it is stopped, the column its folders are partitioned by, the
 * table of Spark's catalog that a {@code table} source reads, and, for files that do not live on this
 * machine's file system, their {@code location}: a URI such as {@code s3a://lake/complaints/} that only Spark
 * reads (the dataset's path is then empty).
 */
public record SourceOptions(Csv csv, Jdbc jdbc, BadRows onBadRows, Duration queryTimeout, PartitionColumn partition,
                            String catalogTable, String location) {

    /** Long enough for a scan of hundreds of millions of rows; short enough that a runaway filter ends. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofMinutes(15);

    /** Nothing declared: every CSV option detected, bad rows fail the run, no database table. */
    public static final SourceOptions NONE = new SourceOptions(Csv.DETECTED, null, BadRows.FAIL);

    /** A catalog table: {@code complaints}, {@code lake.complaints} or {@code catalog.lake.complaints}. */
    public static final Pattern CATALOG_TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}");

    /** A location with a URI scheme ({@code s3a://}, {@code hdfs://}, {@code abfss://}, {@code file://}...). */
    public static final Pattern LOCATION = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");

    public SourceOptions {
        Objects.requireNonNull(csv, "csv");
        if (catalogTable != null && !CATALOG_TABLE.matcher(catalogTable).matches()) {
            throw new IllegalArgumentException("not a catalog table name: " + catalogTable);
        }
        if (location != null && !LOCATION.matcher(location).matches()) {
            throw new IllegalArgumentException("not a location URI: " + location);
        }
        Objects.requireNonNull(onBadRows, "onBadRows");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("a query timeout must be positive");
        }
    }

    /** With the default query timeout. */
    public SourceOptions(Csv csv, Jdbc jdbc, BadRows onBadRows) {
        this(csv, jdbc, onBadRows, DEFAULT_QUERY_TIMEOUT);
    }

    /** A source that is not partitioned. */
    public SourceOptions(Csv csv, Jdbc jdbc, BadRows onBadRows, Duration queryTimeout) {
        this(csv, jdbc, onBadRows, queryTimeout, null, null);
    }

    /** A file or database source, partitioned or not. */
    public SourceOptions(Csv csv, Jdbc jdbc, BadRows onBadRows, Duration queryTimeout, PartitionColumn partition) {
        this(csv, jdbc, onBadRows, queryTimeout, partition, null);
    }

    /** A source on this machine or in a database. */
    public SourceOptions(Csv csv, Jdbc jdbc, BadRows onBadRows, Duration queryTimeout, PartitionColumn partition,
                         String catalogTable) {
        this(csv, jdbc, onBadRows, queryTimeout, partition, catalogTable, null);
    }

    /** Where the files live when they are not on this machine's file system. */
    public Optional<String> optionalLocation() {
        return Optional.ofNullable(location);
    }

    public Optional<Jdbc> optionalJdbc() {
        return Optional.ofNullable(jdbc);
    }

    /** The column the source's folders are partitioned by, when declared. */
    public Optional<PartitionColumn> optionalPartition() {
        return Optional.ofNullable(partition);
    }

    /** What a read does with a row whose values cannot be parsed. */
    public enum BadRows {
        /** Stop, naming the file, line and column. */
        FAIL,
        /** Leave the row out and count it. */
        SKIP
    }

    /** The text encodings the embedded engine reads without an extension. */
    public enum Encoding {
        UTF_8("utf-8"),
        UTF_16("utf-16"),
        LATIN_1("latin-1");

        private final String spelling;

        Encoding(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    /**
     * CSV parsing options; a null option is detected from the file. Date and timestamp formats are
     * strptime patterns such as {@code %d/%m/%Y}.
     */
    public record Csv(Character delimiter, Character quote, Boolean header, Encoding encoding, String dateFormat,
                      String timestampFormat, List<String> nullValues) {

        public static final Csv DETECTED = new Csv(null, null, null, null, null, null, List.of());

        public Csv {
            nullValues = List.copyOf(nullValues);
            if (delimiter != null && delimiter.equals(quote)) {
                throw new IllegalArgumentException("the delimiter and the quote must differ");
            }
        }
    }

    /**
     * A table or view in a database reached over JDBC. The URL is given either directly or as the name
     * of the environment variable that holds it; user and password only ever come from environment
     * variables, so that no definition file holds a secret.
     */
    public record Jdbc(String url, String urlEnv, String table, String userEnv, String passwordEnv) {

        /** A table or view name, optionally with its schema: {@code complaints} or {@code crm.complaints}. */
        public static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
        /** The name of an environment variable. */
        public static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

        public Jdbc {
            Objects.requireNonNull(table, "table");
            if ((url == null) == (urlEnv == null)) {
                throw new IllegalArgumentException("a JDBC source needs either a url or a url_env");
            }
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
            for (String variable : new String[] {urlEnv, userEnv, passwordEnv}) {
                if (variable != null && !VARIABLE.matcher(variable).matches()) {
                    throw new IllegalArgumentException("not an environment variable name: " + variable);
                }
            }
        }

        /** The table name split at the schema dot: one or two parts. */
        public List<String> tableParts() {
            return List.of(table.split("\\."));
        }
    }
}
