package org.kpiengine.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.sample.SampleCsv.accumulate;
import static org.kpiengine.sample.SampleCsv.hoursBetween;
import static org.kpiengine.sample.SampleCsv.lineCount;
import static org.kpiengine.sample.SampleCsv.mean;
import static org.kpiengine.sample.SampleCsv.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's contract and the complaint and survey files; the other files have test classes of their own. */
class SampleDataGeneratorTest {

    private static final Map<String, String> HEADERS = Map.of(
            "complaints.csv", "complaint_id,received_at,acknowledged_at,first_response_at,resolved_at,closed_at,channel,"
                    + "team,category,product,severity,status,escalated,departments_involved,contacts_until_resolved,"
                    + "reopened,handling_minutes,resolution_cost,within_sla,customer_id",
            "survey_responses.csv", "complaint_id,channel,team,answered_at,csat,nps,effort,resolution_satisfaction,"
                    + "perception_before,perception_after,interaction_quality,resolution_effective",
            "quality_audits.csv", "audit_id,complaint_id,team,channel,audited_at,points_achieved,points_possible,quality_score",
            "customers.csv", "customer_id,product,region,joined_at,left_at,monthly_revenue",
            "purchases.csv", "purchase_id,customer_id,purchased_at,amount,product,is_repeat",
            "agent_hours.csv", "date,agent_id,team,hours_worked");
    private static final List<String> FILE_NAMES = List.of("complaints.csv", "survey_responses.csv",
            "quality_audits.csv", "customers.csv", "purchases.csv", "agent_hours.csv");
    private static final Map<String, Integer> SLA_HOURS = Map.of("low", 240, "medium", 120, "high", 72, "critical", 24);
    private static final SampleDataSpec LARGE = LargeSample.SPEC;

    private static SampleDataFiles largeFiles;
    private static List<CSVRecord> complaints;
    private static List<CSVRecord> surveys;

    @TempDir
    Path tempDir;

    @BeforeAll
    static void generateLargeSample() {
        LargeSample sample = LargeSample.get();
        largeFiles = sample.files;
        complaints = sample.complaints;
        surveys = sample.surveys;
    }

    @Test
    void sameSpecWritesByteIdenticalFiles() throws IOException {
        SampleDataSpec spec = new SampleDataSpec(42, 3_000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        SampleDataFiles first = new SampleDataGenerator(spec).writeTo(tempDir.resolve("a"));
        SampleDataFiles second = new SampleDataGenerator(spec).writeTo(tempDir.resolve("b"));

        for (String name : FILE_NAMES) {
            assertEquals(-1, Files.mismatch(first.named(name).path(), second.named(name).path()), name);
            assertEquals(first.named(name).rows(), second.named(name).rows(), name);
        }
    }

    @Test
    void differentSeedWritesDifferentFiles() throws IOException {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        SampleDataFiles first = new SampleDataGenerator(new SampleDataSpec(1, 3_000, from, to)).writeTo(tempDir.resolve("a"));
        SampleDataFiles second = new SampleDataGenerator(new SampleDataSpec(2, 3_000, from, to)).writeTo(tempDir.resolve("b"));

        for (String name : FILE_NAMES) {
            assertNotEquals(-1, Files.mismatch(first.named(name).path(), second.named(name).path()), name);
        }
    }

    @Test
    void reportsEveryFileInWritingOrder() {
        assertEquals(FILE_NAMES, largeFiles.files().stream().map(WrittenFile::name).toList());
        for (WrittenFile file : largeFiles.files()) {
            assertEquals(file.name(), file.path().getFileName().toString());
        }
        assertThrows(NoSuchElementException.class, () -> largeFiles.named("orders.csv"));
    }

    @Test
    void filesHaveExactHeadersAndUnixLineEnds() throws IOException {
        for (String name : FILE_NAMES) {
            String text = Files.readString(largeFiles.named(name).path(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith(HEADERS.get(name) + "\n"), name);
            assertFalse(text.contains("\r"), name);
        }
    }

    @Test
    void rowCountsMatchSpecAndReport() throws IOException {
        assertEquals(LARGE.complaints(), largeFiles.named("complaints.csv").rows());
        assertEquals(LARGE.complaints(), complaints.size());
        assertEquals(largeFiles.named("survey_responses.csv").rows(), surveys.size());
        for (WrittenFile file : largeFiles.files()) {
            assertTrue(file.rows() > 0, file.name());
            assertEquals(file.rows() + 1, lineCount(file.path()), file.name());
        }
    }

    @Test
    void existingColumnsKeepTheirPositions() {
        List<String> header = List.of(HEADERS.get("complaints.csv").split(","));
        assertEquals(0, header.indexOf("complaint_id"));
        assertEquals(18, header.indexOf("within_sla"));
        assertEquals(header.size() - 1, header.indexOf("customer_id"));
    }

    @Test
    void complaintsAreSortedByReceiptWithSequentialIds() {
        LocalDateTime previous = LocalDateTime.MIN;
        for (int i = 0; i < complaints.size(); i++) {
            CSVRecord complaint = complaints.get(i);
            assertEquals(String.format("C%06d", i + 1), complaint.get("complaint_id"));
            LocalDateTime received = time(complaint.get("received_at"));
            assertFalse(received.isBefore(previous), "not sorted at " + complaint.get("complaint_id"));
            previous = received;
        }
        assertEquals(LARGE.firstDay(), time(complaints.get(0).get("received_at")).toLocalDate());
        assertEquals(LARGE.lastDay(), previous.toLocalDate());
    }

    @Test
    void lifecycleTimestampsNeverGoBackwards() {
        String[] steps = {"received_at", "acknowledged_at", "first_response_at", "resolved_at", "closed_at"};
        LocalDateTime extractedAt = LARGE.lastDay().plusDays(1).atStartOfDay();
        for (CSVRecord complaint : complaints) {
            LocalDateTime latest = null;
            for (String step : steps) {
                String value = complaint.get(step);
                if (value.isEmpty()) {
                    continue;
                }
                LocalDateTime at = time(value);
                if (latest != null) {
                    assertFalse(at.isBefore(latest), step + " goes backwards in " + complaint.get("complaint_id"));
                }
                assertFalse(at.isAfter(extractedAt), step + " is in the future in " + complaint.get("complaint_id"));
                latest = at;
            }
            if (complaint.get("first_response_at").isEmpty()) {
                assertTrue(complaint.get("resolved_at").isEmpty(), "resolved without a first response");
            }
            if (complaint.get("resolved_at").isEmpty()) {
                assertTrue(complaint.get("closed_at").isEmpty(), "closed without being resolved");
            }
        }
    }

    @Test
    void statusAndResolutionFieldsAgree() {
        for (CSVRecord complaint : complaints) {
            boolean resolved = !complaint.get("resolved_at").isEmpty();
            boolean closed = !complaint.get("closed_at").isEmpty();
            String expectedStatus = closed ? "closed" : resolved ? "resolved" : "open";
            String id = complaint.get("complaint_id");
            assertAll(id,
                    () -> assertEquals(expectedStatus, complaint.get("status")),
                    () -> assertEquals(resolved, !complaint.get("contacts_until_resolved").isEmpty()),
                    () -> assertEquals(resolved, !complaint.get("resolution_cost").isEmpty()));
        }
    }

    @Test
    void valuesStayInTheirRanges() {
        Set<String> channels = Set.of("phone", "email", "web", "chat", "store");
        Set<String> teams = Set.of("alpha", "bravo", "charlie", "delta");
        Set<String> categories = Set.of("billing", "delivery", "product_defect", "service", "account_access", "other");
        Set<String> products = Set.of("mobile", "broadband", "tv", "energy", "smart_home");
        Set<String> booleans = Set.of("true", "false");
        for (CSVRecord c : complaints) {
            String id = c.get("complaint_id");
            assertAll(id,
                    () -> assertTrue(channels.contains(c.get("channel"))),
                    () -> assertTrue(teams.contains(c.get("team"))),
                    () -> assertTrue(categories.contains(c.get("category"))),
                    () -> assertTrue(products.contains(c.get("product"))),
                    () -> assertTrue(SLA_HOURS.containsKey(c.get("severity"))),
                    () -> assertTrue(booleans.contains(c.get("escalated"))),
                    () -> assertTrue(booleans.contains(c.get("reopened"))),
                    () -> assertTrue(booleans.contains(c.get("within_sla"))),
                    () -> assertTrue(Integer.parseInt(c.get("departments_involved")) >= 1),
                    () -> assertTrue(c.get("contacts_until_resolved").isEmpty()
                            || Integer.parseInt(c.get("contacts_until_resolved")) >= 1),
                    () -> assertTrue(Integer.parseInt(c.get("handling_minutes")) > 0),
                    () -> assertTrue(c.get("resolution_cost").isEmpty()
                            || c.get("resolution_cost").matches("\\d+\\.\\d\\d")));
        }
        for (CSVRecord s : surveys) {
            String id = s.get("complaint_id");
            assertAll(id,
                    () -> assertBetween(s.get("csat"), 1, 5),
                    () -> assertBetween(s.get("nps"), 0, 10),
                    () -> assertBetween(s.get("effort"), 1, 7),
                    () -> assertBetween(s.get("resolution_satisfaction"), 0, 100),
                    () -> assertBetween(s.get("perception_before"), 0, 100),
                    () -> assertBetween(s.get("perception_after"), 0, 100),
                    () -> assertBetween(s.get("interaction_quality"), 0, 100),
                    () -> assertTrue(Set.of("true", "false", "").contains(s.get("resolution_effective"))));
        }
    }

    @Test
    void withinSlaMatchesTheSeverityDeadline() {
        LocalDateTime extractedAt = LARGE.lastDay().plusDays(1).atStartOfDay();
        for (CSVRecord c : complaints) {
            LocalDateTime received = time(c.get("received_at"));
            LocalDateTime deadline = received.plusHours(SLA_HOURS.get(c.get("severity")));
            LocalDateTime measuredAt = c.get("resolved_at").isEmpty() ? extractedAt : time(c.get("resolved_at"));
            assertEquals(Boolean.toString(!measuredAt.isAfter(deadline)), c.get("within_sla"), c.get("complaint_id"));
        }
    }

    @Test
    void surveysAnswerResolvedComplaintsAfterResolution() {
        Map<String, CSVRecord> complaintsById = new HashMap<>();
        complaints.forEach(c -> complaintsById.put(c.get("complaint_id"), c));
        Set<String> answered = new java.util.HashSet<>();
        for (CSVRecord survey : surveys) {
            String id = survey.get("complaint_id");
            assertTrue(answered.add(id), "second response for " + id);
            CSVRecord complaint = complaintsById.get(id);
            assertTrue(complaint != null, "survey for unknown complaint " + id);
            assertFalse(complaint.get("resolved_at").isEmpty(), "survey for unresolved complaint " + id);
            assertEquals(complaint.get("channel"), survey.get("channel"), id);
            assertEquals(complaint.get("team"), survey.get("team"), id);
            assertTrue(time(survey.get("answered_at")).isAfter(time(complaint.get("resolved_at"))), id);
        }
    }

    @Test
    void aboutAThirdOfResolvedComplaintsAnswerDependingOnChannel() {
        Map<String, String> channelById = new HashMap<>();
        Map<String, int[]> resolvedAndAnsweredByChannel = new TreeMap<>();
        for (CSVRecord c : complaints) {
            if (!c.get("resolved_at").isEmpty()) {
                channelById.put(c.get("complaint_id"), c.get("channel"));
                resolvedAndAnsweredByChannel.computeIfAbsent(c.get("channel"), k -> new int[2])[0]++;
            }
        }
        surveys.forEach(s -> resolvedAndAnsweredByChannel.get(channelById.get(s.get("complaint_id")))[1]++);

        double overall = surveys.size() / (double) channelById.size();
        assertTrue(overall >= 0.30 && overall <= 0.40, "response rate " + overall);
        double lowest = 1;
        double highest = 0;
        for (int[] counts : resolvedAndAnsweredByChannel.values()) {
            double rate = counts[1] / (double) counts[0];
            lowest = Math.min(lowest, rate);
            highest = Math.max(highest, rate);
        }
        assertTrue(highest - lowest > 0.05, "response rates hardly differ by channel: " + lowest + ".." + highest);
    }

    @Test
    void scoresAreLowerAfterEscalatedOrReopenedHandling() {
        Map<String, CSVRecord> complaintsById = new HashMap<>();
        complaints.forEach(c -> complaintsById.put(c.get("complaint_id"), c));
        double[] troubled = new double[2]; // sum of csat, count
        double[] smooth = new double[2];
        for (CSVRecord survey : surveys) {
            CSVRecord complaint = complaintsById.get(survey.get("complaint_id"));
            boolean hadTrouble = complaint.get("escalated").equals("true") || complaint.get("reopened").equals("true");
            double[] group = hadTrouble ? troubled : smooth;
            group[0] += Integer.parseInt(survey.get("csat"));
            group[1]++;
        }
        assertTrue(troubled[0] / troubled[1] < smooth[0] / smooth[1] - 0.3,
                "csat troubled " + troubled[0] / troubled[1] + " vs smooth " + smooth[0] / smooth[1]);
    }

    @Test
    void liveChannelsAnswerFasterThanEmailAndStoresCostMost() {
        Map<String, double[]> firstResponseHours = new TreeMap<>();
        Map<String, double[]> cost = new TreeMap<>();
        for (CSVRecord c : complaints) {
            if (!c.get("first_response_at").isEmpty()) {
                accumulate(firstResponseHours, c.get("channel"), hoursBetween(c.get("received_at"), c.get("first_response_at")));
            }
            if (!c.get("resolution_cost").isEmpty()) {
                accumulate(cost, c.get("channel"), Double.parseDouble(c.get("resolution_cost")));
            }
        }
        double email = mean(firstResponseHours.get("email"));
        assertTrue(mean(firstResponseHours.get("chat")) < email / 4);
        assertTrue(mean(firstResponseHours.get("phone")) < email / 4);
        for (String channel : List.of("phone", "email", "web", "chat")) {
            assertTrue(mean(cost.get("store")) > mean(cost.get(channel)), "store not costlier than " + channel);
        }
    }

    @Test
    void teamDeltaDeterioratesWhileOtherTeamsStayStable() {
        LocalDateTime start = LARGE.firstDay().atStartOfDay();
        double periodHours = hoursBetween(start, LARGE.lastDay().plusDays(1).atStartOfDay());
        Map<String, CSVRecord> complaintsById = new HashMap<>();
        Map<String, double[]> firstQuarterResponse = new TreeMap<>();
        Map<String, double[]> lastQuarterResponse = new TreeMap<>();
        for (CSVRecord c : complaints) {
            complaintsById.put(c.get("complaint_id"), c);
            if (c.get("first_response_at").isEmpty()) {
                continue;
            }
            double progress = hoursBetween(start, time(c.get("received_at"))) / periodHours;
            double hours = hoursBetween(c.get("received_at"), c.get("first_response_at"));
            if (progress < 0.25) {
                accumulate(firstQuarterResponse, c.get("team"), hours);
            } else if (progress >= 0.75) {
                accumulate(lastQuarterResponse, c.get("team"), hours);
            }
        }
        Map<String, double[]> firstQuarterSatisfied = new TreeMap<>();
        Map<String, double[]> lastQuarterSatisfied = new TreeMap<>();
        for (CSVRecord s : surveys) {
            CSVRecord c = complaintsById.get(s.get("complaint_id"));
            double progress = hoursBetween(start, time(c.get("received_at"))) / periodHours;
            double satisfied = Integer.parseInt(s.get("csat")) >= 4 ? 1 : 0;
            if (progress < 0.25) {
                accumulate(firstQuarterSatisfied, c.get("team"), satisfied);
            } else if (progress >= 0.75) {
                accumulate(lastQuarterSatisfied, c.get("team"), satisfied);
            }
        }

        double deltaResponseRatio = mean(lastQuarterResponse.get("delta")) / mean(firstQuarterResponse.get("delta"));
        assertTrue(deltaResponseRatio > 1.5, "delta first-response ratio " + deltaResponseRatio);
        double deltaCsatChange = mean(lastQuarterSatisfied.get("delta")) - mean(firstQuarterSatisfied.get("delta"));
        assertTrue(deltaCsatChange < -0.15, "delta csat change " + deltaCsatChange);
        for (String team : List.of("alpha", "bravo", "charlie")) {
            double ratio = mean(lastQuarterResponse.get(team)) / mean(firstQuarterResponse.get(team));
            assertTrue(ratio >= 0.8 && ratio <= 1.25, team + " first-response ratio " + ratio);
            double csatChange = mean(lastQuarterSatisfied.get(team)) - mean(firstQuarterSatisfied.get(team));
            assertTrue(Math.abs(csatChange) < 0.08, team + " csat change " + csatChange);
        }
    }

    @Test
    void recentComplaintsAreOftenStillOpen() {
        LocalDateTime lastWeek = LARGE.lastDay().minusDays(6).atStartOfDay();
        int recent = 0;
        int recentOpen = 0;
        int olderOpen = 0;
        for (CSVRecord c : complaints) {
            boolean open = c.get("status").equals("open");
            if (time(c.get("received_at")).isBefore(lastWeek)) {
                olderOpen += open ? 1 : 0;
            } else {
                recent++;
                recentOpen += open ? 1 : 0;
            }
        }
        assertTrue(recentOpen > 0.3 * recent, recentOpen + " of " + recent + " recent complaints open");
        assertTrue(olderOpen < 0.02 * (complaints.size() - recent), olderOpen + " older complaints open");
    }

    @Test
    void createsMissingDirectoriesAndLeavesNoTemporaryFiles() throws IOException {
        Path outDir = tempDir.resolve("not/yet/there");
        SampleDataSpec spec = new SampleDataSpec(7, 200, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

        SampleDataFiles files = new SampleDataGenerator(spec).writeTo(outDir);

        for (String name : FILE_NAMES) {
            assertEquals(outDir.resolve(name), files.named(name).path());
        }
        try (Stream<Path> contents = Files.list(outDir)) {
            assertEquals(Set.copyOf(FILE_NAMES), Set.copyOf(contents.map(p -> p.getFileName().toString()).toList()));
        }
    }

    @Test
    void rewritingReplacesEarlierFiles() throws IOException {
        LocalDate day = LocalDate.of(2025, 3, 1);
        new SampleDataGenerator(new SampleDataSpec(7, 500, day, day.plusDays(60))).writeTo(tempDir);
        SampleDataFiles files = new SampleDataGenerator(new SampleDataSpec(7, 20, day, day)).writeTo(tempDir);

        assertEquals(21, lineCount(files.named("complaints.csv").path()));
        for (WrittenFile file : files.files()) {
            assertEquals(file.rows() + 1, lineCount(file.path()), file.name());
        }
    }

    @Test
    void specRejectsImpossibleValues() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new SampleDataSpec(1, 0, day, day));
        assertThrows(IllegalArgumentException.class, () -> new SampleDataSpec(1, -5, day, day));
        assertThrows(IllegalArgumentException.class, () -> new SampleDataSpec(1, 10, day, day.minusDays(1)));
        assertThrows(NullPointerException.class, () -> new SampleDataSpec(1, 10, null, day));
    }

    private static void assertBetween(String value, int min, int max) {
        int number = Integer.parseInt(value);
        assertTrue(number >= min && number <= max, value + " outside " + min + ".." + max);
    }
}
