package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpiengine.definition.DefinitionLoader;
import org.kpiengine.definition.KpiDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Lists the KPIs of the definitions folder: id, name, category, unit and status.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    DefinitionsOption definitions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<KpiDefinition> kpis = DefinitionLoader.load(definitions.folder).kpis().stream()
                .sorted(Comparator.comparing(KpiDefinition::category).thenComparing(KpiDefinition::id)).toList();
        int idWidth = Math.max(2, kpis.stream().mapToInt(kpi -> kpi.id().length()).max().orElse(0));
        int nameWidth = Math.max(4, kpis.stream().mapToInt(kpi -> kpi.name().length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-" + nameWidth + "s  %-22s  %-8s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, row, "ID", "Name", "Category", "Unit", "Status");
        for (KpiDefinition kpi : kpis) {
            out.printf(Locale.ROOT, row, kpi.id(), kpi.name(), kpi.category().title(),
                    kpi.unit().name().toLowerCase(Locale.ROOT), kpi.governance().status().name().toLowerCase(Locale.ROOT));
        }
        out.flush();
        return 0;
    }
}
