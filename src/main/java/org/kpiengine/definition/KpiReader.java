package org.kpiengine.definition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kpiengine.definition.formula.Formula;
import org.kpiengine.definition.formula.FormulaParser;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.definition.yaml.YamlMap;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.ProblemCollector;

/** Reads one KPI file. */
final class KpiReader {

    private static final Set<String> KEYS = Set.of("id", "name", "category", "owner", "version", "status", "formula",
            "unit", "format", "scale", "direction", "target", "targets", "target_range", "band_on", "bands", "band_sets",
            "benchmarks", "iso_10002_clauses", "review_cadence", "minimum_sample", "sample_measure",
            "organisation_defined", "interval", "catalog");
    private static final Set<String> FORMAT_KEYS = Set.of("decimals", "currency");
    private static final Set<String> BENCHMARK_KEYS = Set.of("value", "source", "industry");
    private static final Set<String> ORGANISATION_DEFINED = Set.of("target", "bands", "benchmarks");

    KpiDefinition read(YamlMap yaml, ProblemCollector problems) {
        String id = Ids.read(yaml, "kpi", problems);
        String what = "kpi '" + (id == null ? "?" : id) + "'";
        yaml.rejectUnknownKeys(KEYS, what, problems);
        String name = yaml.requiredString("name", what, problems);
        Unit unit = yaml.requiredEnum("unit", Unit.class, what, problems);
        DisplayFormat format = readFormat(yaml, unit, what, problems);
        ValueRange scale = yaml.optionalMap("scale", what, problems).map(map -> Ranges.read(map, what + " scale", problems))
                .orElse(null);
        KpiGovernance governance = readGovernance(yaml, what, problems);
        KpiJudgement judgement = new JudgementReader(what, problems).read(yaml);
        int minimumSample = yaml.optionalWholeNumber("minimum_sample", what, problems).orElse(0);
        if (minimumSample < 0) {
            problems.error(yaml.valueLocationOf("minimum_sample"), what + ": 'minimum_sample' must not be negative");
        }
        String sampleMeasure = yaml.optionalString("sample_measure", what, problems).orElse(null);
        if (minimumSample > 0 && sampleMeasure == null) {
            problems.error(yaml.locationOf("minimum_sample"), what
                    + ": 'minimum_sample' needs a 'sample_measure' that counts the KPI's sample");
        }
        IntervalDefinition interval = yaml.optionalMap("interval", what, problems)
                .map(map -> IntervalReader.read(map, what, problems)).orElse(null);
        CatalogAttributes catalog = yaml.optionalMap("catalog", what, problems)
                .map(map -> CatalogReader.read(map, what, problems)).orElse(CatalogAttributes.EMPTY);
        Formula formula = readFormula(yaml, what, problems);
        if (id == null || name == null || unit == null || format == null || governance == null || judgement == null
                || formula == null || minimumSample < 0) {
            return null;
        }
        return new KpiDefinition(id, name, formula, unit, format, scale, governance, judgement, minimumSample,
                sampleMeasure, interval, catalog, yaml.location());
    }

    private static DisplayFormat readFormat(YamlMap yaml, Unit unit, String what, ProblemCollector problems) {
        YamlMap format = yaml.optionalMap("format", what, problems).orElse(null);
        int decimals = unit == null ? 1 : unit.decimals();
        String currency = null;
        if (format != null) {
            format.rejectUnknownKeys(FORMAT_KEYS, what + " format", problems);
            decimals = format.optionalWholeNumber("decimals", what, problems).orElse(decimals);
            if (decimals < 0 || decimals > 6) {
                problems.error(format.valueLocationOf("decimals"), what + ": 'decimals' must be between 0 and 6");
                return null;
            }
            currency = format.optionalString("currency", what, problems).orElse(null);
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                problems.error(format.valueLocationOf("currency"), what + ": 'currency' must be a three-letter ISO 4217 "
                        + "code such as EUR or GBP, not '" + currency + "'");
                return null;
            }
        }
        if (unit == Unit.CURRENCY && currency == null) {
            problems.error(yaml.locationOf("unit"), what + ": a currency KPI needs 'format: {currency: EUR}' (or another "
                    + "ISO 4217 code) so that amounts are never shown without their currency");
            return null;
        }
        return new DisplayFormat(decimals, currency);
    }

    private static KpiGovernance readGovernance(YamlMap yaml, String what, ProblemCollector problems) {
        KpiCategory category = yaml.requiredEnum("category", KpiCategory.class, what, problems);
        String owner = yaml.optionalString("owner", what, problems).orElse("");
        String version = yaml.optionalString("version", what, problems).orElse("");
        KpiStatus status = yaml.optionalEnum("status", KpiStatus.class, what, problems).orElse(KpiStatus.ACTIVE);
        ReviewCadence cadence = yaml.optionalEnum("review_cadence", ReviewCadence.class, what, problems).orElse(null);
        List<IsoClause> clauses = new ArrayList<>();
        for (Located<String> number : yaml.stringList("iso_10002_clauses", what, problems)) {
            IsoClause.numbered(number.value()).ifPresentOrElse(clauses::add, () -> problems.error(number.location(),
                    what + ": '" + number.value() + "' is not an ISO 10002 clause on operating or improving complaints "
                            + "handling; use one of " + String.join(", ", IsoClause.numbers())));
        }
        Set<String> organisationDefined = new LinkedHashSet<>();
        for (Located<String> item : yaml.stringList("organisation_defined", what, problems)) {
            if (ORGANISATION_DEFINED.contains(item.value())) {
                organisationDefined.add(item.value());
            } else {
                problems.error(item.location(), what + ": 'organisation_defined' lists target, bands or benchmarks, not '"
                        + item.value() + "'" + DidYouMean.hint(item.value(), ORGANISATION_DEFINED));
            }
        }
        if (category == null) {
            return null;
        }
        return new KpiGovernance(category, owner, version, status, cadence, clauses, organisationDefined);
    }

    static List<Benchmark> readBenchmarks(YamlMap yaml, String what, ProblemCollector problems) {
        List<Benchmark> benchmarks = new ArrayList<>();
        for (YamlMap entry : yaml.mapList("benchmarks", what, problems)) {
            entry.rejectUnknownKeys(BENCHMARK_KEYS, what + " benchmark", problems);
            Double value = entry.optionalNumber("value", what, problems).orElse(null);
            String source = entry.requiredString("source", what + " benchmark", problems);
            String industry = entry.optionalString("industry", what, problems).orElse(null);
            if (value == null && !entry.has("value")) {
                problems.error(entry.location(), what + " benchmark: the required key 'value' is missing");
            }
            if (value != null && source != null) {
                benchmarks.add(new Benchmark(value, source, industry));
            }
        }
        return benchmarks;
    }

    private static Formula readFormula(YamlMap yaml, String what, ProblemCollector problems) {
        String text = yaml.requiredString("formula", what, problems);
        if (text == null) {
            return null;
        }
        try {
            return FormulaParser.parse(text, yaml.scalarTextStart("formula"), what);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
