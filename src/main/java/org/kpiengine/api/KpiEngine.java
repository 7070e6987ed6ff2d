package org.kpiengine.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kpiengine.concurrent.BackgroundTask;
import org.kpiengine.data.EngineChoice;
import org.kpiengine.data.MeasureSource;
import org.kpiengine.data.RoutingMeasureSource;
import org.kpiengine.definition.DatasetDefinition;
import org.kpiengine.definition.DefinitionLoader;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.MeasureDefinition;
import org.kpiengine.definition.ScorecardDefinition;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.Problem;
import org.kpiengine.error.ProblemCollector;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.evaluation.Progress;
import org.kpiengine.evaluation.ScorecardEvaluation;
import org.kpiengine.evaluation.ScorecardEvaluator;
import org.kpiengine.rules.Interpretation;
import org.kpiengine.rules.RuleBase;
import org.kpiengine.rules.RuleBaseCompiler;

/**
 * The plain Java entry point: load a definitions folder, then evaluate and interpret scorecards. The
 * command line only calls this.
 *
 * <p>{@link #load} checks the definitions and formulas and starts building the rule base on a thread
 * of its own, so that an evaluation can open and aggregate the data meanwhile. The rules' problems come
 * from {@link #checkRules}, or from {@link #evaluate} before it reads any further dataset.
 */
public final class KpiEngine {

    private final DefinitionSet definitions;
    private final ScorecardEvaluator evaluator;
    private final BackgroundTask<RuleBase> rules;
    private final EngineChoice engines;

    private KpiEngine(DefinitionSet definitions, ScorecardEvaluator evaluator, BackgroundTask<RuleBase> rules,
                      EngineChoice engines) {
        this.definitions = definitions;
        this.evaluator = evaluator;
        this.rules = rules;
        this.engines = engines;
    }

    /**
     * Loads and checks the definitions and formulas, and starts building the rule base. Throws one
     * {@link InvalidInputException} listing every problem of the definitions, or of the formulas and
     * the rules together.
     */
    public static KpiEngine load(Path definitionsFolder) {
        DefinitionSet definitions = DefinitionLoader.load(definitionsFolder);
        BackgroundTask<RuleBase> rules = BackgroundTask.start("kpi-rule-base-build",
                () -> RuleBaseCompiler.compile(definitions));
        ProblemCollector problems = new ProblemCollector();
        ScorecardEvaluator evaluator = problems.collect(() -> new ScorecardEvaluator(definitions));
        if (problems.hasErrors()) {
            problems.collect(rules::await);
            problems.throwIfErrors();
        }
        return new KpiEngine(definitions, evaluator, rules, EngineChoice.AS_DEFINED);
    }

    /** Waits for the rule base; throws one {@link InvalidInputException} listing the rules' problems. */
    public void checkRules() {
        rules.await();
    }

    /**
     * An engine over other data for the same definitions: formulas are compiled again (they are
     * cheap), the rule base is shared (it is not).
     */
    public KpiEngine withDatasets(List<DatasetDefinition> replacements) {
        DefinitionSet replaced = definitions.withDatasets(replacements);
        return new KpiEngine(replaced, new ScorecardEvaluator(replaced), rules, engines);
    }

    /** The same definitions run on the engines a run chose ({@code --engine}, {@code --master}). */
    public KpiEngine withEngines(EngineChoice chosen) {
        List<DatasetDefinition> routed = definitions.datasets().stream().map(chosen::apply).toList();
        DefinitionSet replaced = definitions.withDatasets(routed);
        return new KpiEngine(replaced, new ScorecardEvaluator(replaced), rules, chosen);
    }

    /** The engines this engine's runs use. */
    public EngineChoice engines() {
        return engines;
    }

    public DefinitionSet definitions() {
        return definitions;
    }

    public List<Problem> warnings() {
        return definitions.warnings();
    }

    /** The scorecard with that id, or, with no id given, the only scorecard there is. */
    public ScorecardDefinition scorecard(Optional<String> id) {
        Collection<ScorecardDefinition> all = definitions.scorecards();
        SourceLocation folder = new SourceLocation(definitions.root().getFileName().toString(), 0, 0);
        if (id.isEmpty()) {
            if (all.size() == 1) {
                return all.iterator().next();
            }
            throw new InvalidInputException(folder, all.isEmpty() ? "there is no scorecard in scorecards/"
                    : "there are several scorecards; choose one with --scorecard: "
                    + String.join(", ", all.stream().map(ScorecardDefinition::id).toList()));
        }
        List<String> ids = all.stream().map(ScorecardDefinition::id).toList();
        return definitions.scorecard(id.get()).orElseThrow(() -> new InvalidInputException(folder,
                "there is no scorecard '" + id.get() + "'" + DidYouMean.hint(id.get(), ids)
                        + "; the scorecards are " + String.join(", ", ids)));
    }

    /**
     * Checks every dataset and measure against the data itself: files exist, declared columns exist,
     * and every measure's SQL binds. Reads no rows beyond what type detection needs.
     */
    public void checkData() {
        ProblemCollector problems = new ProblemCollector();
        try (MeasureSource source = new RoutingMeasureSource(definitions.datasets(), engines)) {
            for (DatasetDefinition dataset : definitions.datasets()) {
                List<MeasureDefinition> measures = definitions.measures().stream()
                        .filter(measure -> measure.dataset().equals(dataset.id())).toList();
                problems.collect(() -> source.checkMeasures(dataset, measures));
            }
        }
        problems.throwIfErrors();
    }

    /** Evaluates a scorecard on the datasets' engines and interprets it with the rules. */
    public Interpretation evaluate(ScorecardDefinition scorecard, Optional<LocalDate> asOf) {
        return evaluate(scorecard, asOf, Progress.SILENT);
    }

    public Interpretation evaluate(ScorecardDefinition scorecard, Optional<LocalDate> asOf, Progress progress) {
        progress.stage("opening the data");
        try (MeasureSource source = new RoutingMeasureSource(datasetsOf(scorecard), engines)) {
            return evaluate(scorecard, asOf, source, progress);
        }
    }

    public Interpretation evaluate(ScorecardDefinition scorecard, Optional<LocalDate> asOf, MeasureSource source,
                                  Progress progress) {
        ScorecardEvaluation evaluation = evaluator.evaluate(scorecard, asOf, source,
                progress.checkingFirst(rules::throwIfFailed));
        progress.stage("applying the rules");
        return rules.await().interpret(evaluation);
    }

    private Collection<DatasetDefinition> datasetsOf(ScorecardDefinition scorecard) {
        return evaluator.datasetsFor(scorecard);
    }
}
