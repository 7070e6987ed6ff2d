package org.kpiengine.cli;

import java.nio.file.Path;
import org.kpiengine.api.KpiEngine;
import picocli.CommandLine.Option;

/** The definitions folder, shared by every command that reads definitions. */
final class DefinitionsOption {

    @Option(names = {"-d", "--definitions"}, paramLabel = "DIR", defaultValue = "kpi-definitions",
            description = "The folder of KPI definitions (default: ${DEFAULT-VALUE}).")
    Path folder;

    KpiEngine load() {
        return KpiEngine.load(folder);
    }
}
