package org.kpiengine.cli;

import java.io.PrintWriter;

/** Reports a JVM Error in one sentence, with the internal-error exit code; the stack trace only with --verbose. */
final class FatalErrors {

    private FatalErrors() {
    }

    static int report(Error failure, PrintWriter err, boolean verbose) {
        if (failure instanceof OutOfMemoryError) {
            err.println("error: the run ran out of memory (" + failure.getMessage() + "); give Java more, for example "
                    + "java -Xmx8g -jar kpi.jar ..., or evaluate fewer periods at once");
        } else if (failure instanceof LinkageError) {
            err.println("internal error: a part of kpi-engine is missing or does not fit its classpath: " + failure
                    + (verbose ? "" : " (run again with --verbose for details)"));
        } else {
            err.println("internal error: " + failure + (verbose ? "" : " (run again with --verbose for details)"));
        }
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return KpiCommand.INTERNAL_ERROR;
    }
}
