package org.kpiengine.cli;

import java.io.PrintWriter;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.KpiException;
import org.kpiengine.error.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into plain messages and deliberate exit codes; stack traces only with --verbose. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = isVerbose(parseResult);
        int exitCode;
        if (failure instanceof InvalidInputException invalid) {
            invalid.problems().stream().map(Problem::format).forEach(err::println);
            exitCode = KpiCommand.INVALID_INPUT;
        } else if (failure instanceof java.io.IOException io) {
            err.println("error: a file could not be read or written: " + io.getMessage());
            exitCode = KpiCommand.INVALID_INPUT;
        } else if (failure instanceof KpiException known) {
            err.println("error: " + known.getMessage());
            exitCode = KpiCommand.INTERNAL_ERROR;
        } else {
            err.println("internal error: " + failure + (verbose ? "" : " (run again with --verbose for details)"));
            exitCode = KpiCommand.INTERNAL_ERROR;
        }
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
