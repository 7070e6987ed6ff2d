package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.evaluation.IndependentSampleFigures;
import org.kpiengine.report.PdfText;
import org.kpiengine.report.PdfaVerdict;

/**
 * Runs the README's first command the way a user does, against the packaged jar (after {@code mvn
 * package}, so the shaded jar's fonts and Jasper extensions are what is tested), and checks the PDF:
 * the five KPIs with independently computed values, and PDF/A-3a compliance by veraPDF.
 */
class ReadmeFirstCommandIT {

    private static final String JAR_COMMAND = "java -jar target/kpi.jar report --scorecard complaints_monthly --out scorecard.pdf";

    @TempDir
    static Path workspace;

    private static Path pdf;
    private static String text;

    @BeforeAll
    static void runTheReadmeCommand() throws Exception {
        String firstCommand = readmeCommands().get(0);
        assertTrue(firstCommand.endsWith("&& " + JAR_COMMAND), "README's first command changed: " + firstCommand);
        pdf = workspace.resolve("scorecard.pdf");
        List<String> command = new ArrayList<>(List.of(JAR_COMMAND.replace("scorecard.pdf", pdf.toString()).split(" ")));
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workspace.resolve("output.txt").toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the report command did not finish");
        String output = Files.readString(workspace.resolve("output.txt"));
        assertEquals(0, process.exitValue(), output);
        assertEquals("Wrote " + pdf + " (Complaint Handling Scorecard, as of 2026-03-31).", output.strip());
        text = PdfText.of(pdf);
    }

    /** The commands in the README's fenced blocks, in order. */
    static List<String> readmeCommands() throws Exception {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && !line.isBlank() && !line.startsWith("#")) {
                commands.add(line.strip());
            }
        }
        return commands;
    }

    @Test
    void showsTheFiveKpisWithIndependentlyComputedValues() throws Exception {
        IndependentSampleFigures figures = new IndependentSampleFigures(ProjectFiles.SAMPLE_DATA);
        String latest = "2026-03|All";
        assertShows("Complaint Resolution Rate", figures.resolutionRate(latest));
        assertShows("Complaint Escalation Rate", figures.escalationRate(latest));
        assertShows("Average Response Time", figures.averageResponseHours(latest));
        assertShows("Customer Satisfaction Score (CSAT)", figures.csat(latest));
        assertShows("Net Promoter Score (NPS)", figures.nps(latest));
    }

    private static void assertShows(String kpiName, double value) {
        String formatted = String.format(java.util.Locale.ROOT, "%.1f", value);
        String expected = kpiName + " " + formatted + " ";
        assertTrue(text.contains(expected), "expected the summary to show '" + expected + "...' in:\n" + text);
    }

    @Test
    void passesPdfA3aValidation() throws Exception {
        PdfaVerdict verdict = PdfaVerdict.of(pdf);
        assertEquals(List.of("3a"), verdict.claimedFlavours());
        assertTrue(verdict.compliant(), String.join(File.separator, verdict.failedRules()));
    }

    @Test
    void theReadmeTestCommandIsWhatCiRuns() throws Exception {
        String testCommand = readmeCommands().get(1);
        assertTrue(Files.readString(Path.of(".ci/run")).contains(testCommand), ".ci/run must run: " + testCommand);
    }
}
