package org.kpiengine.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes realistic, record-level complaint-handling data for demos and tests: complaints, survey
 * responses and quality audits, the customers behind the complaints and their purchases, and the
 * hours the complaint handlers worked. Complaints, purchases and shifts are streamed; only the
 * customers and the roster are held in memory. The same spec always produces the same bytes.
 */
public final class SampleDataGenerator {

    private final SampleDataSpec spec;

    public SampleDataGenerator(SampleDataSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Creates outDir if needed and (re)writes every file in it, each replaced atomically. */
    public SampleDataFiles writeTo(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        SplittableRandom root = new SplittableRandom(spec.seed());
        // Separate streams, so that tuning one model leaves the draws of the others unchanged. New
        // streams are split off after the old ones, so that the older files keep their exact bytes.
        RandomDraws arrivalDraws = new RandomDraws(root.split());
        RandomDraws complaintDraws = new RandomDraws(root.split());
        RandomDraws surveyDraws = new RandomDraws(root.split());
        RandomDraws customerDraws = new RandomDraws(root.split());
        RandomDraws aftermathDraws = new RandomDraws(root.split());
        RandomDraws auditDraws = new RandomDraws(root.split());
        RandomDraws purchaseDraws = new RandomDraws(root.split());
        RandomDraws rosterDraws = new RandomDraws(root.split());

        SimulationPeriod period = SimulationPeriod.of(spec);
        CustomerBase customers = CustomerBase.populate(spec, period, new CustomerFactory(customerDraws), customerDraws);
        SequentialIds complaintIds = SequentialIds.complaints(spec.complaints());
        // Each complaint can add at most one late-joining customer, which bounds the width of the ids.
        SequentialIds customerIds = new SequentialIds('K', 6, (long) customers.size() + spec.complaints());

        List<WrittenFile> written = new ArrayList<>();
        written.addAll(writeComplaintFiles(outDir, period, customers, complaintIds, customerIds,
                arrivalDraws, complaintDraws, surveyDraws, aftermathDraws, auditDraws));
        written.add(writeCustomers(outDir, period, customers, customerIds));
        written.add(writePurchases(outDir, period, customers, customerIds, purchaseDraws));
        written.add(writeAgentHours(outDir, period, rosterDraws));
        return new SampleDataFiles(written);
    }

    /** One pass over the complaints writes them with their surveys and audits, and settles their customers' fate. */
    private List<WrittenFile> writeComplaintFiles(Path outDir, SimulationPeriod period, CustomerBase customers,
                                                  SequentialIds complaintIds, SequentialIds customerIds,
                                                  RandomDraws arrivalDraws, RandomDraws complaintDraws,
                                                  RandomDraws surveyDraws, RandomDraws aftermathDraws,
                                                  RandomDraws auditDraws) throws IOException {
        ArrivalModel arrivals = new ArrivalModel(spec, arrivalDraws);
        ComplaintSimulator complaints = new ComplaintSimulator(complaintDraws, period.start(), period.extractedAt());
        SurveySimulator surveys = new SurveySimulator(surveyDraws, period.extractedAt());
        ComplaintAftermath aftermath = new ComplaintAftermath(aftermathDraws);
        QualityAuditor auditor = new QualityAuditor(auditDraws, period.extractedAt());
        ComplaintCsv complaintCsv = new ComplaintCsv(complaintIds, customerIds);
        SurveyCsv surveyCsv = new SurveyCsv(complaintIds);
        QualityAuditCsv auditCsv = new QualityAuditCsv(new SequentialIds('Q', 6, spec.complaints()), complaintIds);

        try (AtomicCsvFile complaintFile = new AtomicCsvFile(outDir.resolve(ComplaintCsv.FILE_NAME), ComplaintCsv.HEADER);
             AtomicCsvFile surveyFile = new AtomicCsvFile(outDir.resolve(SurveyCsv.FILE_NAME), SurveyCsv.HEADER);
             AtomicCsvFile auditFile = new AtomicCsvFile(outDir.resolve(QualityAuditCsv.FILE_NAME), QualityAuditCsv.HEADER)) {
            long sequence = 0;
            while (arrivals.hasNext()) {
                SimulatedComplaint complaint = complaints.simulate(++sequence, arrivals.next());
                Customer customer = customers.activeCustomer(complaint.product(), complaint.receivedAt());
                aftermath.follow(complaint, customer);
                complaintFile.writeRow(complaintCsv.row(complaint, customer));
                SurveyResponse response = surveys.respond(complaint);
                if (response != null) {
                    surveyFile.writeRow(surveyCsv.row(response));
                }
                QualityAudit audit = auditor.audit(complaint);
                if (audit != null) {
                    auditFile.writeRow(auditCsv.row(audit));
                }
            }
            return List.of(complaintFile.commit(), surveyFile.commit(), auditFile.commit());
        }
    }

    private static WrittenFile writeCustomers(Path outDir, SimulationPeriod period, CustomerBase customers,
                                              SequentialIds customerIds) throws IOException {
        CustomerCsv customerCsv = new CustomerCsv(customerIds, period.extractedAt());
        try (AtomicCsvFile file = new AtomicCsvFile(outDir.resolve(CustomerCsv.FILE_NAME), CustomerCsv.HEADER)) {
            for (Customer customer : customers.all()) {
                file.writeRow(customerCsv.row(customer));
            }
            return file.commit();
        }
    }

    private static WrittenFile writePurchases(Path outDir, SimulationPeriod period, CustomerBase customers,
                                              SequentialIds customerIds, RandomDraws draws) throws IOException {
        PurchaseSimulator purchases = new PurchaseSimulator(draws, period);
        long mostPurchases = (long) customers.size() * (PurchaseSimulator.MAX_PURCHASES_PER_CUSTOMER + 1);
        PurchaseCsv purchaseCsv = new PurchaseCsv(new SequentialIds('P', 6, mostPurchases), customerIds);
        try (AtomicCsvFile file = new AtomicCsvFile(outDir.resolve(PurchaseCsv.FILE_NAME), PurchaseCsv.HEADER)) {
            for (Customer customer : customers.all()) {
                for (Purchase purchase : purchases.purchasesOf(customer)) {
                    file.writeRow(purchaseCsv.row(file.rows() + 1, purchase));
                }
            }
            return file.commit();
        }
    }

    private static WrittenFile writeAgentHours(Path outDir, SimulationPeriod period, RandomDraws draws)
            throws IOException {
        List<Agent> roster = new AgentRoster(draws, period).plan();
        AgentHoursCsv agentHoursCsv = new AgentHoursCsv(new SequentialIds('A', 3, roster.size()));
        try (AtomicCsvFile file = new AtomicCsvFile(outDir.resolve(AgentHoursCsv.FILE_NAME), AgentHoursCsv.HEADER)) {
            new AgentHoursSimulator(draws, period, roster).simulate(shift -> file.writeRow(agentHoursCsv.row(shift)));
            return file.commit();
        }
    }
}
