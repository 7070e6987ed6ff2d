package org.kpiengine.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.formula.WindowReference;
import org.kpiengine.evaluation.ChangeSignificance;
import org.kpiengine.evaluation.ConfidenceInterval;
import org.kpiengine.evaluation.KpiValue;
import org.kpiengine.evaluation.Period;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuledBand;
import org.kpiengine.rules.RuledFinding;
import org.kpiengine.rules.model.KpiResult;

/**
 * The whole chain behind one figure, for {@code kpi explain}: what each measure counted, the formula
 * with its numbers filled in, the value and its interval, the target, the band rule that fired, and
 * the findings with their rules. The same inputs always give the same text.
 */
public final class KpiExplanation {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private final StringBuilder text = new StringBuilder();

    private KpiExplanation() {
    }

    public static String of(Interpretation interpretation, DefinitionSet definitions, KpiDefinition kpi, Period period,
                            String segment) {
        return new KpiExplanation().write(interpretation, definitions, kpi, period, segment);
    }

    private String write(Interpretation interpretation, DefinitionSet definitions, KpiDefinition kpi, Period period,
                         String segment) {
        ScorecardEvaluation evaluation = interpretation.evaluation();
        ValueFormatter formatter = ValueFormatter.of(kpi);
        KpiValue value = evaluation.value(kpi.id(), period, segment).orElseThrow();
        line(kpi.name() + " (" + kpi.id() + ")");
        line("Period " + period.label() + (period.partial() ? " (in progress)" : "") + ", "
                + (segment == null ? "all segments" : evaluation.scorecard().segmentBy().size() == 1
                        ? evaluation.scorecard().segmentBy().get(0) + " " + segment : segment)
                + ", scorecard " + evaluation.scorecard().id() + ", as of " + evaluation.asOf());
        Map<String, Double> inputs = evaluation.inputsOf(kpi, period, segment);
        line("");
        line("Inputs");
        inputs.forEach((id, number) -> line(String.format(Locale.ROOT, "  %-34s %12s   %s", id, raw(number),
                describe(id, definitions))));
        line("");
        field("Formula", kpi.formula().text());
        field("With values", filledIn(kpi, inputs));
        String valueText = value.value() == null ? "no value: " + value.noValueReason() : formatter.value(value.value());
        ConfidenceInterval interval = value.interval();
        String details = interval == null ? "" : "95% interval " + formatter.number(interval.low()) + " to "
                + formatter.number(interval.high());
        if (value.sample() != null) {
            details += (details.isEmpty() ? "" : ", ") + "sample " + ValueFormatter.count(value.sample())
                    + (value.insufficientSample() ? " (below the minimum of " + kpi.minimumSample() + ")" : "");
        }
        field("Value", valueText + (details.isEmpty() ? "" : "   (" + details + ")"));
        Optional<Double> target = kpi.judgement().targetFor(period.lastDay(), segment);
        target.ifPresent(goal -> field("Target", formatter.value(goal)));
        Optional<RuledBand> band = interpretation.band(kpi.id(), period, segment);
        field("Band", band.map(b -> b.verdict().label() + ", by rule \"" + b.rule() + "\"").orElse("not rated"));
        evaluation.previous(value).filter(previous -> previous.value() != null && value.value() != null)
                .ifPresent(previous -> field("Change", formatter.change(value.value() - previous.value()) + " from "
                        + previous.period().label() + ChangeSignificance.of(value, Optional.of(previous))
                        .map(significant -> significant ? ", larger than sampling noise" : ", within sampling noise")
                        .orElse("")));
        line("");
        line("Findings");
        String where = segment == null ? KpiResult.TOTAL : segment;
        boolean any = false;
        for (RuledFinding ruled : interpretation.findings()) {
            var finding = ruled.finding();
            if (finding.kpiId().equals(kpi.id()) && finding.period().equals(period.label()) && where.equals(finding.segment())) {
                line("  " + finding.severity().name().toLowerCase(Locale.ROOT) + ": " + finding.message()
                        + " [rule: " + ruled.rule() + "]");
                any = true;
            }
        }
        if (!any) {
            line("  none");
        }
        return text.toString();
    }

    private static String filledIn(KpiDefinition kpi, Map<String, Double> inputs) {
        String expression = kpi.formula().expression();
        for (WindowReference window : kpi.formula().windows()) {
            expression = expression.replace(window.variable(), raw(inputs.get(window.text())));
        }
        Matcher ids = IDENTIFIER.matcher(expression);
        StringBuilder filled = new StringBuilder();
        while (ids.find()) {
            String id = ids.group();
            ids.appendReplacement(filled, Matcher.quoteReplacement(inputs.containsKey(id) ? raw(inputs.get(id)) : id));
        }
        ids.appendTail(filled);
        return filled.toString();
    }

    private static String describe(String id, DefinitionSet definitions) {
        Optional<MeasureDefinition> measure = definitions.measure(id);
        if (measure.isPresent()) {
            MeasureDefinition m = measure.get();
            String aggregation = m.aggregation().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return m.name() + ": " + aggregation + (m.expression() == null ? "" : " of " + m.expression()) + " over "
                    + m.dataset() + m.optionalFilter().map(filter -> " where " + filter).orElse("");
        }
        return definitions.kpi(id).map(kpi -> "the KPI " + kpi.name()).orElse("");
    }

    private static String raw(Double number) {
        if (number == null) {
            return "no value";
        }
        BigDecimal rounded = BigDecimal.valueOf(number).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private void field(String name, String value) {
        line(String.format(Locale.ROOT, "%-12s %s", name, value));
    }

    private void line(String content) {
        text.append(content.stripTrailing()).append('\n');
    }
}
