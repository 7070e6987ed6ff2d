package org.kpiengine.cli;

import java.util.concurrent.Callable;
import org.kpiengine.definition.DefinitionSet;
import org.kpiengine.definition.DefinitionLoader;
import org.kpiengine.definition.KpiDefinition;
import org.kpiengine.error.DidYouMean;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;
import org.kpiengine.report.KpiSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Shows one KPI's whole definition in readable form.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Parameters(index = "0", paramLabel = "KPI", description = "The id of the KPI to show.")
    String kpiId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DefinitionSet set = DefinitionLoader.load(definitions.folder);
        KpiDefinition kpi = set.kpi(kpiId).orElseThrow(() -> new InvalidInputException(
                new SourceLocation(definitions.folder.toString(), 0, 0), "there is no KPI '" + kpiId + "'"
                + DidYouMean.hint(kpiId, set.kpis().stream().map(KpiDefinition::id).toList())));
        spec.commandLine().getOut().print(KpiSheet.of(kpi));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
