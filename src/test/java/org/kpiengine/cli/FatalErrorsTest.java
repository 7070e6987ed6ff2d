package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A JVM Error thrown by a command ends the run like any failure: one sentence, exit code 3, no stack trace. */
class FatalErrorsTest {

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {

        @Option(names = "--verbose")
        boolean verbose;

        @Option(names = "--oom")
        boolean outOfMemory;

        @Override
        public Integer call() {
            if (outOfMemory) {
                throw new OutOfMemoryError("Java heap space");
            }
            throw new NoClassDefFoundError("org/apache/spark/sql/SparkSession");
        }
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Failing());
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = KpiCommand.execute(commandLine, args);
        return new String[] {String.valueOf(exitCode), err.toString()};
    }

    @Test
    void aMissingClassIsOneSentence() {
        String[] result = run();
        assertEquals("3", result[0]);
        assertEquals("internal error: a part of kpi-engine is missing or does not fit its classpath: "
                + "java.lang.NoClassDefFoundError: org/apache/spark/sql/SparkSession (run again with --verbose for "
                + "details)\n", result[1]);
    }

    @Test
    void runningOutOfMemorySaysWhatToDo() {
        String[] result = run("--oom");
        assertEquals("3", result[0]);
        assertEquals("error: the run ran out of memory (Java heap space); give Java more, for example java -Xmx8g "
                + "-jar kpi.jar ..., or evaluate fewer periods at once\n", result[1]);
    }

    @Test
    void verboseAddsTheStackTrace() {
        String[] result = run("--verbose");
        assertTrue(result[1].contains("\tat org.kpiengine.cli.FatalErrorsTest$Failing.call"), result[1]);
    }
}
