package org.kpiengine.archive;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.data.PeriodBounds;
import org.kpiengine.data.RecordIdRequest;
import org.kpiengine.data.RecordIds;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.DependencyWalker;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.evaluation.ScorecardEvaluator;

/**
 * The records behind each KPI's latest figure ({@code --evidence}): for every measure a KPI rests on,
 * the ids of the records it aggregated in the latest period, each with its segment values, so that an
 * auditor can trace a figure, for the total or any segment, to its records without the database.
 * A measure over more than {@value #MOST_RECORDS} records lists the lowest ids, and the summary says how
 * many there are in all.
 */
final class Evidence {

    static final String FOLDER = "evidence";
    static final String SUMMARY = "summary.csv";
    static final int MOST_RECORDS = 10_000;

    /** The records one measure of one KPI aggregated. */
    private record Listing(KpiDefinition kpi, MeasureDefinition measure, DatasetDefinition dataset, RecordIds records) {
    }

    private final Period period;
    private final LocalDate evaluationAsOf;
    private final List<String> dimensions;
    private final List<Listing> listings;

    private Evidence(Period period, LocalDate asOf, List<String> dimensions, List<Listing> listings) {
        this.period = period;
        this.evaluationAsOf = asOf;
        this.dimensions = List.copyOf(dimensions);
        this.listings = List.copyOf(listings);
    }

    /** Refuses, before anything is evaluated, a scorecard over a dataset that cannot name its records. */
    static void requireIdColumns(DefinitionSet definitions, ScorecardDefinition scorecard) {
        ProblemCollector problems = new ProblemCollector();
        for (DatasetDefinition dataset : ScorecardEvaluator.datasetsFor(definitions, scorecard)) {
            if (dataset.idColumn() == null) {
                problems.error(dataset.location(), "dataset '" + dataset.id() + "' has no id_column, so --evidence "
                        + "cannot name the records behind its figures; add 'id_column:' with the column that "
                        + "identifies a record");
            }
        }
        problems.throwIfErrors();
    }

    /** Asks the source, still open after the evaluation, for the records behind every KPI's latest figure. */
    static Evidence collect(DefinitionSet definitions, ScorecardEvaluation evaluation, MeasureSource source) {
        Period latest = evaluation.latestPeriod();
        PeriodBounds bounds = new PeriodBounds(latest.start(), latest.end());
        List<String> dimensions = evaluation.scorecard().segmentBy();
        List<Listing> listings = new ArrayList<>();
        for (KpiDefinition kpi : evaluation.kpis()) {
            for (String measureId : DependencyWalker.measuresOf(kpi.id(), definitions.kpisById(),
                    definitions.measuresById())) {
                MeasureDefinition measure = definitions.measuresById().get(measureId);
                DatasetDefinition dataset = definitions.dataset(measure.dataset()).orElseThrow();
                List<String> own = dimensions.stream().filter(dataset.dimensions()::contains).toList();
                RecordIds records = source.recordIds(new RecordIdRequest(dataset, measure, bounds,
                        evaluation.asOf().plusDays(1), own, MOST_RECORDS));
                listings.add(new Listing(kpi, measure, dataset, spread(records, own, dimensions)));
            }
        }
        return new Evidence(latest, evaluation.asOf(), dimensions, listings);
    }

    /** The records with a value for every dimension of the scorecard, null where their dataset lacks it. */
    private static RecordIds spread(RecordIds records, List<String> own, List<String> all) {
        List<RecordIds.RecordId> spread = records.records().stream().map(record -> {
            List<String> values = new ArrayList<>();
            all.forEach(dimension -> values.add(own.contains(dimension)
                    ? record.dimensionValues().get(own.indexOf(dimension)) : null));
            return new RecordIds.RecordId(record.id(), values);
        }).toList();
        return new RecordIds(records.total(), spread);
    }

    /** Writes {@code evidence/KPI.csv} for every KPI and {@code evidence/summary.csv} into a bundle. */
    void write(Path bundle) throws IOException {
        Path folder = Files.createDirectories(bundle.resolve(FOLDER));
        List<String> header = new ArrayList<>(List.of("measure", "record_id"));
        header.addAll(dimensions);
        for (KpiDefinition kpi : listings.stream().map(Listing::kpi).distinct().toList()) {
            try (CSVPrinter csv = printer(folder.resolve(kpi.id() + ".csv"), header)) {
                for (Listing listing : listings) {
                    if (listing.kpi().equals(kpi)) {
                        for (RecordIds.RecordId record : listing.records().records()) {
                            List<String> row = new ArrayList<>(List.of(listing.measure().id(), record.id()));
                            row.addAll(record.dimensionValues());
                            csv.printRecord(row);
                        }
                    }
                }
            }
        }
        try (CSVPrinter csv = printer(folder.resolve(SUMMARY), List.of("kpi", "measure", "dataset", "period",
                "first_day", "last_day", "records", "listed"))) {
            for (Listing listing : listings) {
                csv.printRecord(listing.kpi().id(), listing.measure().id(), listing.dataset().id(), period.label(),
                        period.start(), lastDay(evaluationAsOf), listing.records().total(), listing.records().records().size());
            }
        }
    }

    /** The period's last day, or the as-of date when the period is not over. */
    private LocalDate lastDay(LocalDate asOf) {
        return asOf.isBefore(period.lastDay()) ? asOf : period.lastDay();
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader(header.toArray(String[]::new))
                .get().print(out);
    }
}
