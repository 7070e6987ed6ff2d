package org.kpiengine.cli;

import picocli.CommandLine.Command;

@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = EngineVersion.class,
        description = "Writes a commented skeleton of a new definition.",
        subcommands = {NewKpiCommand.class})
final class NewCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to create, for example: kpi new kpi my_kpi");
    }
}
