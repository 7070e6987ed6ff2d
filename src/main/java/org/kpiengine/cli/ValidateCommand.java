package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.Problem;
import org.kpiengine.error.ProblemCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Checks every definition, formula and rule file, and the data they name, and reports every "
                + "problem found.")
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    DefinitionsOption definitions;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json is for editors and CI.")
    Format format;

    @Option(names = "--skip-data", description = "Check the definitions only, without opening the data files.")
    boolean skipData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KpiEngine engine;
        try {
            engine = definitions.load();
            ProblemCollector problems = new ProblemCollector();
            if (!skipData) {
                // while the rule base is still being built
                problems.collect(engine::checkData);
            }
            problems.collect(engine::checkRules);
            problems.throwIfErrors();
        } catch (InvalidInputException e) {
            if (format == Format.text) {
                throw e;
            }
            ProblemsJson.write(e.problems(), spec.commandLine().getOut());
            return KpiCommand.INVALID_INPUT;
        }
        List<Problem> warnings = engine.warnings();
        if (format == Format.json) {
            ProblemsJson.write(warnings, spec.commandLine().getOut());
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        warnings.stream().map(Problem::format).forEach(spec.commandLine().getErr()::println);
        DefinitionSet set = engine.definitions();
        out.printf("%s is valid: %d datasets, %d measures, %d KPIs, %d scorecards, %d rule files%s%n",
                definitions.folder, set.datasets().size(), set.measures().size(), set.kpis().size(),
                set.scorecards().size(), set.ruleFiles().size(),
                warnings.isEmpty() ? "." : ", " + warnings.size() + " warnings.");
        return 0;
    }
}
