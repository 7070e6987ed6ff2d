package org.kpiengine.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code kpi} command line. Commands are thin: each parses its options and calls the Java API. */
@Command(name = "kpi",
        mixinStandardHelpOptions = true,
        versionProvider = EngineVersion.class,
        description = "Evaluates YAML-defined KPIs over record-level data, interprets them with Drools rules, "
                + "and renders PDF/A scorecards.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid input (definitions, rules, templates or data)", "2:usage error",
                "3:internal error"})
public final class KpiCommand implements Runnable {

    /** Every command, in the order the overview lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, EvaluateCommand.class,
            ReportCommand.class, ExplainCommand.class, TestCommand.class, ListCommand.class, ShowCommand.class,
            NewCommand.class, InitCommand.class, SchemaCommand.class, ArchiveCommand.class, VerifyCommand.class,
            SampleDataCommand.class, BenchCommand.class);

    static final int INVALID_INPUT = 1;
    static final int INTERNAL_ERROR = 3;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show the full technical detail (stack trace) when something fails.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(newCommandLine(out, err, args), args));
    }

    /**
     * Runs the command line. Picocli hands only Exceptions to the {@link FailureHandler}; a JVM Error (out of
     * memory, a class missing from the classpath) would otherwise end the run with a bare stack trace.
     */
    public static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (Error failure) {
            return FatalErrors.report(failure, commandLine.getErr(), Arrays.asList(args).contains("--verbose"));
        }
    }

    /** A command line writing to the given streams, so tests can run it in process and read its exact output. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return newCommandLine(out, err, new String[0]);
    }

    /**
     * A command line for these arguments. When they name a command, only that one is built: picocli builds the
     * model of every command it is given up front (the other thirteen cost a fresh JVM about 70 ms). Otherwise
     * every command is, for the overview and for the error that names a missing or misspelt command.
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new KpiCommand());
        Optional<Class<?>> named = namedCommand(args);
        if (named.isPresent()) {
            commandLine.addSubcommand(named.get());
        } else {
            COMMANDS.forEach(commandLine::addSubcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }

    /** The command the first argument that is no option names, if it names one. */
    private static Optional<Class<?>> namedCommand(String... args) {
        Optional<String> first = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst();
        return first.flatMap(name -> COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(name)).findFirst());
    }
}
