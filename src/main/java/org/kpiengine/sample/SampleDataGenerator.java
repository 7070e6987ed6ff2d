package org.kpiengine.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes realistic, record-level complaint-handling data ({@code complaints.csv} and
 * {@code survey_responses.csv}) for demos and tests. Streams one complaint at a time, so the
 * size of a run is bounded by disk, not memory; the same spec always produces the same bytes.
 */
public final class SampleDataGenerator {

    private final SampleDataSpec spec;

    public SampleDataGenerator(SampleDataSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Creates outDir if needed and (re)writes both files in it, each replaced atomically. */
    public SampleDataFiles writeTo(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        SplittableRandom root = new SplittableRandom(spec.seed());
        // Separate streams, so that tuning one model leaves the draws of the others unchanged.
        RandomDraws arrivalDraws = new RandomDraws(root.split());
        RandomDraws complaintDraws = new RandomDraws(root.split());
        RandomDraws surveyDraws = new RandomDraws(root.split());

        long periodStart = LocalTimestamps.startOf(spec.firstDay());
        long extractedAt = LocalTimestamps.startOf(spec.lastDay().plusDays(1));
        ArrivalModel arrivals = new ArrivalModel(spec, arrivalDraws);
        ComplaintSimulator complaints = new ComplaintSimulator(complaintDraws, periodStart, extractedAt);
        SurveySimulator surveys = new SurveySimulator(surveyDraws, extractedAt);
        ComplaintIds ids = new ComplaintIds(spec.complaints());
        ComplaintCsv complaintCsv = new ComplaintCsv(ids);
        SurveyCsv surveyCsv = new SurveyCsv(ids);

        try (AtomicCsvFile complaintFile = new AtomicCsvFile(outDir.resolve(ComplaintCsv.FILE_NAME), ComplaintCsv.HEADER);
             AtomicCsvFile surveyFile = new AtomicCsvFile(outDir.resolve(SurveyCsv.FILE_NAME), SurveyCsv.HEADER)) {
            long sequence = 0;
            while (arrivals.hasNext()) {
                SimulatedComplaint complaint = complaints.simulate(++sequence, arrivals.next());
                complaintFile.writeRow(complaintCsv.row(complaint));
                SurveyResponse response = surveys.respond(complaint);
                if (response != null) {
                    surveyFile.writeRow(surveyCsv.row(response));
                }
            }
            complaintFile.commit();
            surveyFile.commit();
            return new SampleDataFiles(complaintFile.target(), complaintFile.rows(),
                    surveyFile.target(), surveyFile.rows());
        }
    }
}
