package org.kpiengine.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reading the generated files back the way a user of them would: by header name, parsing text. */
final class SampleCsv {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SampleCsv() {
    }

    static List<CSVRecord> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayList<>(format.parse(reader).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long lineCount(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    static LocalDateTime time(String text) {
        return LocalDateTime.parse(text, TIMESTAMP);
    }

    static double hoursBetween(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).getSeconds() / 3600.0;
    }

    static double hoursBetween(String from, String to) {
        return hoursBetween(time(from), time(to));
    }

    static void accumulate(Map<String, double[]> sums, String key, double value) {
        double[] sumAndCount = sums.computeIfAbsent(key, k -> new double[2]);
        sumAndCount[0] += value;
        sumAndCount[1]++;
    }

    static double mean(double[] sumAndCount) {
        return sumAndCount[0] / sumAndCount[1];
    }
}
