package org.kpiengine.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * One run large enough that per-team, per-quarter figures are stable, generated once for all the
 * test classes that check its content, and read back into records.
 */
final class LargeSample {

    static final SampleDataSpec SPEC = new SampleDataSpec(10002, 40_000, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31));
    static final LocalDateTime START = SPEC.firstDay().atStartOfDay();
    static final LocalDateTime EXTRACTED_AT = SPEC.lastDay().plusDays(1).atStartOfDay();

    private static LargeSample instance;

    final SampleDataFiles files;
    final List<CSVRecord> complaints;
    final List<CSVRecord> surveys;
    final List<CSVRecord> audits;
    final List<CSVRecord> customers;
    final List<CSVRecord> purchases;
    final List<CSVRecord> agentHours;
    final Map<String, CSVRecord> complaintsById = new HashMap<>();
    final Map<String, CSVRecord> customersById = new HashMap<>();

    private LargeSample(SampleDataFiles files) {
        this.files = files;
        this.complaints = SampleCsv.read(files.named(ComplaintCsv.FILE_NAME).path());
        this.surveys = SampleCsv.read(files.named(SurveyCsv.FILE_NAME).path());
        this.audits = SampleCsv.read(files.named(QualityAuditCsv.FILE_NAME).path());
        this.customers = SampleCsv.read(files.named(CustomerCsv.FILE_NAME).path());
        this.purchases = SampleCsv.read(files.named(PurchaseCsv.FILE_NAME).path());
        this.agentHours = SampleCsv.read(files.named(AgentHoursCsv.FILE_NAME).path());
        complaints.forEach(c -> complaintsById.put(c.get("complaint_id"), c));
        customers.forEach(c -> customersById.put(c.get("customer_id"), c));
    }

    static synchronized LargeSample get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("kpi-sample-data");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
                instance = new LargeSample(new SampleDataGenerator(SPEC).writeTo(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** 0 at the start of the period, 1 at the extraction moment. */
    static double progress(LocalDateTime at) {
        return SampleCsv.hoursBetween(START, at) / SampleCsv.hoursBetween(START, EXTRACTED_AT);
    }

    /** "first" for the first quarter of the period, "last" for the last, null in between. */
    static String quarterOfPeriod(LocalDateTime at) {
        double progress = progress(at);
        return progress < 0.25 ? "first" : progress >= 0.75 ? "last" : null;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
