package org.kpiengine.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The five starter KPIs computed with plain loops over the sample CSV files, sharing no code with the
 * engine, so that the engine's figures can be checked against them. Keys are {@code period|segment},
 * with {@code All} for the total.
 */
public final class IndependentSampleFigures {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Map<String, double[]> complaintSums = new HashMap<>();
    private final Map<String, double[]> surveySums = new HashMap<>();

    public IndependentSampleFigures(Path sampleData) throws IOException {
        for (CSVRecord row : read(sampleData.resolve("complaints.csv"))) {
            String month = row.get("received_at").substring(0, 7);
            for (String key : keys(month, row.get("team"))) {
                double[] sums = complaintSums.computeIfAbsent(key, k -> new double[5]);
                sums[0]++;
                if (!row.get("status").equals("open")) {
                    sums[1]++;
                }
                if (row.get("escalated").equals("true")) {
                    sums[2]++;
                }
                if (!row.get("first_response_at").isEmpty()) {
                    sums[3]++;
                    sums[4] += Duration.between(time(row.get("received_at")), time(row.get("first_response_at")))
                            .getSeconds() / 3600.0;
                }
            }
        }
        for (CSVRecord row : read(sampleData.resolve("survey_responses.csv"))) {
            String month = row.get("answered_at").substring(0, 7);
            for (String key : keys(month, row.get("team"))) {
                double[] sums = surveySums.computeIfAbsent(key, k -> new double[5]);
                int csat = Integer.parseInt(row.get("csat"));
                int nps = Integer.parseInt(row.get("nps"));
                sums[0]++;
                sums[1] += csat >= 4 ? 1 : 0;
                sums[2] += nps >= 9 ? 1 : 0;
                sums[3] += nps <= 6 ? 1 : 0;
            }
        }
    }

    private static String[] keys(String month, String team) {
        return new String[] {month + "|" + team, month + "|All"};
    }

    private static Iterable<CSVRecord> read(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }

    private static LocalDateTime time(String text) {
        return LocalDateTime.parse(text, TIMESTAMP);
    }

    public Double resolutionRate(String key) {
        double[] s = complaintSums.get(key);
        return s == null ? null : s[1] / s[0] * 100;
    }

    public Double escalationRate(String key) {
        double[] s = complaintSums.get(key);
        return s == null ? null : s[2] / s[0] * 100;
    }

    public Double averageResponseHours(String key) {
        double[] s = complaintSums.get(key);
        return s == null || s[3] == 0 ? null : s[4] / s[3];
    }

    public Double csat(String key) {
        double[] s = surveySums.get(key);
        return s == null ? null : s[1] / s[0] * 100;
    }

    public Double nps(String key) {
        double[] s = surveySums.get(key);
        return s == null ? null : (s[2] - s[3]) / s[0] * 100;
    }
}
