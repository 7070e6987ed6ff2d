package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kpiengine.api.KpiEngine;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.error.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Checks every definition, formula and rule file, and reports every problem found.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        KpiEngine engine = definitions.load();
        PrintWriter out = spec.commandLine().getOut();
        engine.warnings().stream().map(Problem::format).forEach(spec.commandLine().getErr()::println);
        DefinitionSet set = engine.definitions();
        out.printf("%s is valid: %d datasets, %d measures, %d KPIs, %d scorecards, %d rule files%s%n",
                definitions.folder, set.datasets().size(), set.measures().size(), set.kpis().size(),
                set.scorecards().size(), set.ruleFiles().size(),
                engine.warnings().isEmpty() ? "." : ", " + engine.warnings().size() + " warnings.");
        return 0;
    }
}
