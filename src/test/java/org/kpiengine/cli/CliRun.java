package org.kpiengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the {@code kpi} command in process, built as {@code main} builds it for these arguments, and keeps its exit
 * code and exact output.
 */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = KpiCommand.execute(KpiCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                args), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
