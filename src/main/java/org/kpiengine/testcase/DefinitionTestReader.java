package org.kpiengine.testcase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kpiengine.definition.PeriodCalendar;
import org.kpiengine.definition.PeriodGrain;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.SafeYaml;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;

/** Reads the test cases of a definitions folder's {@code tests/}, one case per YAML file. */
public final class DefinitionTestReader {

    private static final Set<String> KEYS = Set.of("name", "kpis", "period", "segment_by", "as_of", "data", "expect");
    private static final Set<String> PERIOD_KEYS = Set.of("grain", "trailing", "fiscal_year_start");
    private static final Set<String> EXPECT_KEYS = Set.of("values", "findings");
    private static final Set<String> VALUE_KEYS = Set.of("kpi", "period", "segment", "value", "no_value", "band", "tolerance");
    private static final Set<String> FINDING_KEYS = Set.of("rule", "kpi", "period", "segment", "message_contains");

    private DefinitionTestReader() {
    }

    public static List<DefinitionTestCase> readAll(Path definitionsFolder) {
        Path folder = definitionsFolder.resolve("tests");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        ProblemCollector problems = new ProblemCollector();
        List<DefinitionTestCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                String display = definitionsFolder.getFileName() + "/tests/" + file.getFileName();
                try {
                    DefinitionTestCase testCase = read(SafeYaml.readMapping(file, display), problems);
                    if (testCase != null) {
                        cases.add(testCase);
                    }
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (java.io.IOException e) {
            throw new InvalidInputException(new SourceLocation(folder.toString(), 0, 0), "the tests folder cannot be read: "
                    + e.getMessage());
        }
        problems.throwIfErrors();
        return cases;
    }

    private static DefinitionTestCase read(YamlMap yaml, ProblemCollector problems) {
        long errorsBefore = problems.errorCount();
        String name = yaml.requiredString("name", "test", problems);
        String what = "test '" + (name == null ? "?" : name) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        List<String> kpis = yaml.stringList("kpis", what, problems).stream().map(Located::value).toList();
        if (kpis.isEmpty()) {
            problems.error(yaml.locationOf("kpis"), what + ": 'kpis' must list the KPIs the test evaluates");
        }
        PeriodCalendar calendar = PeriodCalendar.calendar(PeriodGrain.MONTH);
        int trailing = 1;
        if (yaml.requireKey("period", what, problems)) {
            YamlMap period = yaml.optionalMap("period", what, problems).orElse(null);
            if (period != null) {
                period.rejectUnknownKeys(PERIOD_KEYS, what + " period", problems);
                PeriodGrain grain = period.requiredEnum("grain", PeriodGrain.class, what, problems);
                Month start = period.optionalEnum("fiscal_year_start", Month.class, what, problems).orElse(Month.JANUARY);
                trailing = period.optionalWholeNumber("trailing", what, problems).orElse(1);
                calendar = grain == null ? calendar : new PeriodCalendar(grain, start);
            }
        }
        List<String> segmentBy = yaml.has("segment_by") ? (yaml.holdsList("segment_by")
                ? yaml.stringList("segment_by", what, problems).stream().map(Located::value).toList()
                : yaml.optionalString("segment_by", what, problems).map(List::of).orElse(List.of())) : List.of();
        LocalDate asOf = yaml.requireKey("as_of", what, problems)
                ? yaml.optionalDate("as_of", what, problems).orElse(null) : null;
        Map<String, List<Map<String, String>>> data = readData(yaml, what, problems);
        List<DefinitionTestCase.ExpectedValue> values = new ArrayList<>();
        List<DefinitionTestCase.ExpectedFinding> findings = new ArrayList<>();
        yaml.optionalMap("expect", what, problems).ifPresent(expect -> {
            expect.rejectUnknownKeys(EXPECT_KEYS, what + " expect", problems);
            expect.mapList("values", what, problems).forEach(entry -> values.add(readValue(entry, what, problems)));
            expect.mapList("findings", what, problems).forEach(entry -> findings.add(readFinding(entry, what, problems)));
        });
        if (values.isEmpty() && findings.isEmpty()) {
            problems.error(yaml.locationOf("expect"), what + ": 'expect' must list values or findings to check");
        }
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        return new DefinitionTestCase(name, kpis, calendar, trailing, segmentBy, asOf, data, values, findings,
                yaml.location());
    }

    private static Map<String, List<Map<String, String>>> readData(YamlMap yaml, String what, ProblemCollector problems) {
        Map<String, List<Map<String, String>>> data = new LinkedHashMap<>();
        YamlMap datasets = yaml.requireKey("data", what, problems)
                ? yaml.optionalMap("data", what, problems).orElse(null) : null;
        if (datasets == null) {
            return data;
        }
        for (String dataset : datasets.keys()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (YamlMap row : datasets.mapList(dataset, what + " data", problems)) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : row.keys()) {
                    values.put(column, row.optionalValueOrEmpty(column, what + " row", problems).orElse(""));
                }
                rows.add(values);
            }
            data.put(dataset, rows);
        }
        return data;
    }

    private static DefinitionTestCase.ExpectedValue readValue(YamlMap entry, String what, ProblemCollector problems) {
        entry.rejectUnknownKeys(VALUE_KEYS, what + " value", problems);
        return new DefinitionTestCase.ExpectedValue(
                entry.requiredString("kpi", what + " value", problems),
                entry.requiredString("period", what + " value", problems),
                entry.optionalString("segment", what, problems).orElse(null),
                entry.optionalNumber("value", what, problems).orElse(null),
                entry.optionalBoolean("no_value", what, problems).orElse(false),
                entry.optionalString("band", what, problems).orElse(null),
                entry.optionalNumber("tolerance", what, problems).orElse(1e-6),
                entry.location());
    }

    private static DefinitionTestCase.ExpectedFinding readFinding(YamlMap entry, String what, ProblemCollector problems) {
        entry.rejectUnknownKeys(FINDING_KEYS, what + " finding", problems);
        return new DefinitionTestCase.ExpectedFinding(
                entry.optionalString("rule", what, problems).orElse(null),
                entry.optionalString("kpi", what, problems).orElse(null),
                entry.optionalString("period", what, problems).orElse(null),
                entry.optionalString("segment", what, problems).orElse(null),
                entry.optionalString("message_contains", what, problems).orElse(null),
                entry.location());
    }
}
