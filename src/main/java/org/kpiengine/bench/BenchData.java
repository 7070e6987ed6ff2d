package org.kpiengine.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.kpiengine.sample.SampleDataFiles;
import org.kpiengine.sample.SampleDataGenerator;
import org.kpiengine.sample.SampleDataSpec;
import org.kpiengine.sample.WrittenFile;

/**
 * The benchmark's data set: generated with the project's sample generator, or reused when the folder
 * already holds a complete run of the same spec. The spec and the rows and sizes of every file are
 * recorded beside the data, written last, so that an interrupted generation is never reused.
 */
final class BenchData {

    static final String SPEC_FILE = "bench-data.properties";
    /** Bumped when the generator's output for the same spec changes, so that old data is not reused. */
    private static final String LAYOUT = "1";

    /** The files of the data set, in the order the generator wrote them, with their data rows and bytes. */
    record Prepared(Path folder, SampleDataSpec spec, Map<String, Long> rows, Map<String, Long> bytes, boolean reused,
                    long generationNanos) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        long totalBytes() {
            return bytes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private BenchData() {
    }

    static Prepared prepare(Path folder, SampleDataSpec spec) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Prepared existing = reusable(absolute, spec);
        if (existing != null) {
            return existing;
        }
        Files.createDirectories(absolute);
        Files.deleteIfExists(absolute.resolve(SPEC_FILE));
        long start = System.nanoTime();
        SampleDataFiles files = new SampleDataGenerator(spec).writeTo(absolute);
        long nanos = System.nanoTime() - start;
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (WrittenFile file : files.files()) {
            rows.put(file.name(), file.rows());
            bytes.put(file.name(), Files.size(file.path()));
        }
        record(absolute, spec, rows, bytes);
        return new Prepared(absolute, spec, rows, bytes, false, nanos);
    }

    private static Prepared reusable(Path folder, SampleDataSpec spec) throws IOException {
        Path specFile = folder.resolve(SPEC_FILE);
        if (!Files.isRegularFile(specFile)) {
            return null;
        }
        Properties recorded = new Properties();
        try (Reader reader = Files.newBufferedReader(specFile, StandardCharsets.UTF_8)) {
            recorded.load(reader);
        }
        if (!specProperties(spec).entrySet().stream()
                .allMatch(entry -> entry.getValue().equals(recorded.getProperty((String) entry.getKey())))) {
            return null;
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        String[] names = recorded.getProperty("files", "").split(",");
        for (String name : names) {
            Path file = folder.resolve(name);
            String recordedRows = recorded.getProperty("rows." + name);
            String recordedBytes = recorded.getProperty("bytes." + name);
            if (name.isBlank() || recordedRows == null || recordedBytes == null || !Files.isRegularFile(file)
                    || Files.size(file) != Long.parseLong(recordedBytes)) {
                return null;
            }
            rows.put(name, Long.parseLong(recordedRows));
            bytes.put(name, Long.parseLong(recordedBytes));
        }
        return new Prepared(folder, spec, rows, bytes, true, 0);
    }

    private static Properties specProperties(SampleDataSpec spec) {
        Properties properties = new Properties();
        properties.setProperty("layout", LAYOUT);
        properties.setProperty("seed", Long.toString(spec.seed()));
        properties.setProperty("complaints", Integer.toString(spec.complaints()));
        properties.setProperty("first_day", spec.firstDay().toString());
        properties.setProperty("last_day", spec.lastDay().toString());
        return properties;
    }

    private static void record(Path folder, SampleDataSpec spec, Map<String, Long> rows, Map<String, Long> bytes)
            throws IOException {
        Properties properties = specProperties(spec);
        properties.setProperty("files", String.join(",", rows.keySet()));
        rows.forEach((name, count) -> properties.setProperty("rows." + name, Long.toString(count)));
        bytes.forEach((name, size) -> properties.setProperty("bytes." + name, Long.toString(size)));
        Path temporary = Files.createTempFile(folder, ".bench-data", ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "kpi bench: the spec this folder's data was generated from; "
                    + "delete this file to force a new generation");
        }
        Files.move(temporary, folder.resolve(SPEC_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
