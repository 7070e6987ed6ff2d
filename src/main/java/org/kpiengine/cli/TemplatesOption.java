package org.kpiengine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The report templates folder, shared by every command that renders a scorecard. */
final class TemplatesOption {

    @Option(names = {"-t", "--templates"}, paramLabel = "DIR", defaultValue = "report-templates",
            description = "The folder of report templates (default: ${DEFAULT-VALUE}).")
    Path folder;
}
