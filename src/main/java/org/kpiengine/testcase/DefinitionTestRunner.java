package org.kpiengine.testcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.definition.ScorecardSection;
import org.kpiengine.definition.SourceFormat;
import org.kpiengine.definition.SourceOptions;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuledFinding;
import org.kpiengine.rules.model.KpiResult;

/**
 * Runs definition tests: each case's rows become small CSV files standing in for the real datasets,
 * its KPIs are evaluated and interpreted by the real engine and rules, and every expectation is
 * compared. A failing case lists each difference with the expected and the actual value.
 */
public final class DefinitionTestRunner {

    private final KpiEngine engine;
    private final Path workFolder;

    /** @param workFolder where each case's rows are written; the caller removes it */
    public DefinitionTestRunner(KpiEngine engine, Path workFolder) {
        this.engine = engine;
        this.workFolder = workFolder;
    }

    public DefinitionTestResult run(DefinitionTestCase testCase, int index) {
        try {
            Path folder = Files.createDirectories(workFolder.resolve("case-" + index));
            KpiEngine onCaseData = engine.withDatasets(datasets(testCase, folder));
            Interpretation result = onCaseData.evaluate(scorecard(testCase), Optional.of(testCase.asOf()));
            List<String> differences = new ArrayList<>();
            testCase.values().forEach(expected -> compare(expected, result, differences));
            testCase.findings().forEach(expected -> compare(expected, result, differences));
            return new DefinitionTestResult(testCase, differences);
        } catch (InvalidInputException e) {
            return new DefinitionTestResult(testCase, e.problems().stream().map(problem -> "cannot run: " + problem.format())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<DatasetDefinition> datasets(DefinitionTestCase testCase, Path folder) throws IOException {
        List<DatasetDefinition> replacements = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> entry : testCase.data().entrySet()) {
            DatasetDefinition real = engine.definitions().dataset(entry.getKey()).orElseThrow(() ->
                    new InvalidInputException(testCase.location(), "test '" + testCase.name() + "': there is no dataset '"
                            + entry.getKey() + "'"));
            Path file = folder.resolve(real.id() + ".csv");
            Set<String> known = new LinkedHashSet<>(List.of(real.timeColumn()));
            known.addAll(real.dimensions());
            known.addAll(real.columnTypes().keySet());
            writeCsv(entry.getValue(), known, file);
            replacements.add(new DatasetDefinition(real.id(), real.name(), SourceFormat.CSV, file, real.timeColumn(),
                    real.timeZone(), real.timestamps(), null, real.dimensions(), real.columnTypes(), SourceOptions.NONE,
                    real.location()));
        }
        return replacements;
    }

    /** The rows as CSV; columns the definition names but the rows leave out are written empty. */
    private static void writeCsv(List<Map<String, String>> rows, Set<String> known, Path file) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        columns.addAll(known);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                     .setHeader(columns.toArray(String[]::new)).get().print(out)) {
            for (Map<String, String> row : rows) {
                printer.printRecord(columns.stream().map(column -> row.getOrDefault(column, "")).toList());
            }
        }
    }

    private static ScorecardDefinition scorecard(DefinitionTestCase testCase) {
        List<Located<String>> kpis = testCase.kpis().stream().map(kpi -> new Located<>(kpi, testCase.location())).toList();
        return new ScorecardDefinition("test", testCase.name(), "", List.of(new ScorecardSection("", kpis)),
                testCase.calendar(), testCase.trailing(), testCase.segmentBy(), "scorecard.jrxml", "en", List.of(),
                java.util.Optional.empty(), testCase.location());
    }

    private static void compare(DefinitionTestCase.ExpectedValue expected, Interpretation result, List<String> differences) {
        String where = "kpi " + expected.kpi() + ", " + expected.period() + ", "
                + (expected.segment() == null ? "total" : expected.segment());
        Optional<Period> period = result.evaluation().periods().stream()
                .filter(candidate -> candidate.label().equals(expected.period())).findFirst();
        if (period.isEmpty()) {
            differences.add(where + ": no such period; the periods are " + String.join(", ",
                    result.evaluation().periods().stream().map(Period::label).toList()));
            return;
        }
        Optional<KpiValue> actual = result.evaluation().value(expected.kpi(), period.get(), expected.segment());
        if (actual.isEmpty()) {
            differences.add(where + ": no result at all (is the KPI listed and the segment right?)");
            return;
        }
        Double value = actual.get().value();
        if (expected.noValue() && value != null) {
            differences.add(where + ": expected no value, got " + number(value));
        }
        if (expected.value() != null && (value == null || Math.abs(value - expected.value()) > expected.tolerance())) {
            differences.add(where + ": expected value " + number(expected.value()) + ", got "
                    + (value == null ? "no value (" + actual.get().noValueReason() + ")" : number(value)));
        }
        if (expected.band() != null) {
            String band = result.band(expected.kpi(), period.get(), expected.segment())
                    .map(ruled -> ruled.verdict().label()).orElse("no band");
            if (!band.equals(expected.band())) {
                differences.add(where + ": expected band " + expected.band() + ", got " + band);
            }
        }
    }

    private static void compare(DefinitionTestCase.ExpectedFinding expected, Interpretation result,
                                List<String> differences) {
        boolean found = result.findings().stream().anyMatch(ruled -> matches(expected, ruled));
        if (!found) {
            List<String> raised = result.findings().stream().map(ruled -> ruled.finding().period() + " "
                    + ruled.finding().segment() + ": " + ruled.finding().message() + " [" + ruled.rule() + "]").toList();
            differences.add("expected a finding" + describe(expected) + "; the findings raised were "
                    + (raised.isEmpty() ? "none" : String.join(" | ", raised)));
        }
    }

    private static boolean matches(DefinitionTestCase.ExpectedFinding expected, RuledFinding ruled) {
        var finding = ruled.finding();
        String segment = expected.segment() == null ? null : expected.segment();
        return (expected.rule() == null || expected.rule().equals(ruled.rule()))
                && (expected.kpi() == null || expected.kpi().equals(finding.kpiId()))
                && (expected.period() == null || expected.period().equals(finding.period()))
                && (segment == null || segment.equals(finding.segment())
                    || ("total".equals(segment) && KpiResult.TOTAL.equals(finding.segment())))
                && (expected.messageContains() == null || finding.message().contains(expected.messageContains()));
    }

    private static String describe(DefinitionTestCase.ExpectedFinding expected) {
        List<String> parts = new ArrayList<>();
        if (expected.rule() != null) {
            parts.add("by rule '" + expected.rule() + "'");
        }
        if (expected.kpi() != null) {
            parts.add("on kpi " + expected.kpi());
        }
        if (expected.period() != null) {
            parts.add("in " + expected.period());
        }
        if (expected.segment() != null) {
            parts.add("for " + expected.segment());
        }
        if (expected.messageContains() != null) {
            parts.add("saying '" + expected.messageContains() + "'");
        }
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "");
    }
}
