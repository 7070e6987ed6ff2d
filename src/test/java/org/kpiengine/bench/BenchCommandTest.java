package org.kpiengine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.cli.KpiCommand;

/**
 * Runs {@code kpi bench} in process on a small data set and checks that the table and the JSON hold
 * every figure. Nothing here asserts a timing.
 */
class BenchCommandTest {

    /** The label of every figure a full run prints (report included), each followed by a value. */
    private static final List<String> LABELS = List.of(
            "available processors", "maximum heap (-Xmx)", "load average before (1, 5, 15 min)",
            "complaints (--complaints)", "generation time (not part of the engine)", "rows of complaints.csv",
            "rows of survey_responses.csv", "rows of quality_audits.csv", "rows of customers.csv",
            "rows of purchases.csv", "rows of agent_hours.csv", "rows of all files",
            "definitions load (YAML, validation)", "formula compile (MVEL)",
            "rule-base build (Drools, compiled; the cache not read)",
            "KpiEngine.load (definitions, formulas; the rule base builds meanwhile)", "attach data files (DuckDB views)",
            "latest-record scans (finding the as-of day)", "measure queries", "data aggregation (all engine queries)",
            "formula evaluation", "rule interpretation (Drools; warm: with any wait for the rule base)", "evaluate (aggregation + formulas + rules)",
            "total wall time (load .. interpretation)", "rows per second (rows of all files / aggregation)",
            "complaints: scans (latest record + measure queries)", "one query over complaints",
            "one query over survey_responses", "all queries", "rows per second",
            "engine aggregation / baseline, cold", "engine aggregation / baseline, warm",
            "engine total wall / baseline, cold", "engine total wall / baseline, warm",
            "figures compared (measure x period x segment)", "figures that differ (relative > 1e-9)",
            "peak heap (sum of heap pools' peaks)", "peak heap a GC found before collecting", "peak RSS of the process",
            "monthly periods shown", "KPI values computed", "findings raised by the rules",
            "render, cold (first in this JVM, template compile included)", "render, warm (second render)",
            "not measured", "load average after (1, 5, 15 min)");

    @TempDir
    Path temp;

    @Test
    void printsEveryFigureAndWritesThemAsJson() throws Exception {
        Path json = temp.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KpiCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(
                "bench", "--complaints", "20000", "--data", temp.resolve("data").toString(), "--report",
                "--json", json.toString());

        String table = out.toString();
        assertEquals(0, exit, err.toString());
        for (String label : LABELS) {
            assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(label) + ".*\\S\\s+\\S").matcher(table).find(),
                    "the table lacks '" + label + "':\n" + table);
        }
        assertTrue(table.contains("figures that differ (relative > 1e-9)"), table);
        assertTrue(Pattern.compile("(?m)^  figures that differ \\(relative > 1e-9\\)\\s+0$").matcher(table).find(),
                "the baseline must agree with the engine:\n" + table);
        assertTrue(Pattern.compile("(?m)^  monthly periods shown\\s+12$").matcher(table).find(), table);

        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        for (String section : List.of("machine", "data", "engine_cold", "engine_warm", "baseline_cold", "baseline_warm", "ratios", "check", "memory_engine", "evaluated", "report",
                "cold_start")) {
            assertTrue(figures.has(section), "JSON lacks section " + section + ": " + figures);
        }
        assertTrue(figures.toString().contains("\"aggregation_cold\""), figures.toString());
        assertTrue(Files.isRegularFile(temp.resolve("data").resolve(BenchData.SPEC_FILE)));
    }
}
