package org.kpiengine.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.evaluation.Period;
import org.kpiengine.report.KpiExplanation;
import org.kpiengine.rules.Interpretation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Shows the whole chain behind one figure: measures, the formula with its numbers, the band "
                + "rule that fired, and the findings with their rules.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Mixin
    ScorecardOptions scorecard;

    @Parameters(index = "0", paramLabel = "KPI", description = "The id of the KPI.")
    String kpiId;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "PERIOD",
            description = "The period as the scorecard labels it, such as 2026-03 or 2026-Q1.")
    String periodLabel;

    @Option(names = "--segment", paramLabel = "VALUE", description = "A segment value, such as delta; default: the total.")
    String segment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KpiEngine engine = definitions.load();
        SourceLocation folder = new SourceLocation(definitions.folder.toString(), 0, 0);
        List<String> kpiIds = engine.definitions().kpis().stream().map(KpiDefinition::id).toList();
        KpiDefinition kpi = engine.definitions().kpi(kpiId).orElseThrow(() -> new InvalidInputException(folder,
                "there is no KPI '" + kpiId + "'" + DidYouMean.hint(kpiId, kpiIds)));
        ScorecardDefinition chosen = scorecard.scorecardId().isPresent() ? engine.scorecard(scorecard.scorecardId())
                : engine.definitions().scorecards().stream().filter(card -> card.kpis().contains(kpiId)).findFirst()
                .orElseThrow(() -> new InvalidInputException(folder, "no scorecard shows the KPI '" + kpiId + "'"));
        Interpretation result = engine.evaluate(chosen, scorecard.asOfDay());
        List<Period> periods = result.evaluation().periods();
        Period period = periods.stream().filter(p -> p.label().equals(periodLabel)).findFirst()
                .orElseThrow(() -> new InvalidInputException(folder, "the scorecard '" + chosen.id() + "' has no period '"
                        + periodLabel + "'; its periods are " + String.join(", ", periods.stream().map(Period::label).toList())));
        if (segment != null && !result.evaluation().segments().contains(segment)) {
            throw new InvalidInputException(folder, "the scorecard '" + chosen.id() + "' has no segment '" + segment + "'"
                    + DidYouMean.hint(segment, result.evaluation().segments()) + "; its segments are "
                    + String.join(", ", result.evaluation().segments()));
        }
        if (result.evaluation().value(kpi.id(), period, segment).isEmpty()) {
            throw new InvalidInputException(folder, "the KPI '" + kpiId + "' is shown for the total only");
        }
        spec.commandLine().getOut().print(KpiExplanation.of(result, engine.definitions(), kpi, period, segment));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
