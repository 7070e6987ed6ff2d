package org.kpiengine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.report.PdfText;

/**
 * Every worked example of docs/rule-authoring.md, added as a user would (a new .drl file in a copy of
 * a definitions folder, no rebuild), must raise the finding the guide shows under it, in the
 * evaluation and in the PDF.
 */
class RuleGuideExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("```drl\\n(.*?)```.*?Expected finding: `([^`]*)`", Pattern.DOTALL);

    @TempDir
    Path workspace;

    record Example(String drl, String expectedFinding) {
    }

    static List<Example> examples() throws IOException {
        Matcher matcher = EXAMPLE.matcher(Files.readString(Path.of("docs/rule-authoring.md")));
        List<Example> examples = new ArrayList<>();
        while (matcher.find()) {
            examples.add(new Example(matcher.group(1), matcher.group(2)));
        }
        return examples;
    }

    @Test
    void everyExampleRaisesTheFindingTheGuideShows() throws IOException {
        List<Example> examples = examples();
        assertEquals(3, examples.size(), "examples found in the guide");
        for (int i = 0; i < examples.size(); i++) {
            Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("example-" + i));
            Files.writeString(definitions.resolve("rules/my-rule.drl"), examples.get(i).drl());
            org.kpiengine.cli.CliRun run = org.kpiengine.cli.CliRun.of("evaluate", "--definitions", definitions.toString());
            assertEquals(0, run.exitCode(), run.err());
            String expected = examples.get(i).expectedFinding();
            assertTrue(run.out().contains("  " + expected + " [rule: "), "example " + (i + 1) + " expected '" + expected
                    + "' in:\n" + run.out());
        }
    }

    @Test
    void aNewRuleFileChangesTheReportWithoutARebuild() throws IOException {
        Example example = examples().get(0);
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Files.writeString(definitions.resolve("rules/my-rule.drl"), example.drl());
        Path pdf = workspace.resolve("scorecard.pdf");
        var run = org.kpiengine.cli.CliRun.of("report", "--definitions", definitions.toString(), "--templates",
                ProjectFiles.TEMPLATES.toString(), "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = PdfText.of(pdf);
        assertTrue(text.contains("Complaint Escalation Rate is above 40 % for bravo."), text);
        assertTrue(text.contains("Team escalates too often"), "the rule is named beside its finding");
    }

    @Test
    void aRuleThatThrowsStopsTheRunNamingTheRuleAndItsFact() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace);
        Files.writeString(definitions.resolve("rules/boom.drl"), """
                package my.rules;

                import org.kpiengine.rules.model.KpiResult;

                rule "Divides by the target"
                when
                    $r : KpiResult( latest, total, kpiId == "resolution_rate" )
                then
                    System.out.println(1 / ($r.periodIndex() - $r.periodIndex()));
                end
                """);
        Path pdf = workspace.resolve("scorecard.pdf");
        var run = org.kpiengine.cli.CliRun.of("report", "--definitions", definitions.toString(), "--templates",
                ProjectFiles.TEMPLATES.toString(), "--out", pdf.toString());
        assertEquals(1, run.exitCode());
        assertEquals("kpi-definitions/rules/boom.drl:5:1: error: the rule 'Divides by the target' failed on Complaint "
                + "Resolution Rate 2026-02 overall: ArithmeticException: / by zero" + System.lineSeparator(), run.err());
        assertTrue(Files.notExists(pdf));
    }
}
