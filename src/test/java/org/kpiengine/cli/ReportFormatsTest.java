package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;

/** {@code kpi report --format}: the same scorecard as a workbook and a web page, and its results as CSV and JSON. */
class ReportFormatsTest {

    @TempDir
    static Path folder;

    static Path definitions;

    @BeforeAll
    static void copyFixture() {
        definitions = ProjectFiles.copyFixtureInto(folder.resolve("project"));
    }

    private static Path report(String format) {
        Path output = folder.resolve("scorecard." + format);
        CliRun run = CliRun.of("report", "--definitions", definitions.toString(), "--format", format,
                "--out", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Wrote " + output), run.out());
        return output;
    }

    @Test
    void xlsxOpensInPoiWithTheKpisAndFindings() throws IOException {
        Path xlsx = report("xlsx");
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("Scorecard", workbook.getSheetName(0));
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(cell.toString().strip());
                }
            }
        }
        assertAll(
                () -> assertTrue(cells.contains("Monthly complaints"), cells.toString()),
                () -> assertTrue(cells.contains("Executive summary"), cells.toString()),
                () -> assertTrue(cells.contains("Complaint Resolution Rate"), cells.toString()),
                () -> assertTrue(cells.contains("Complaint Escalation Rate"), cells.toString()),
                () -> assertTrue(cells.contains("Data quality"), cells.toString()));
    }

    @Test
    void htmlIsOnePageWithTheKpisAndEmbeddedCharts() throws IOException {
        String html = Files.readString(report("html"));
        assertAll(
                () -> assertTrue(html.startsWith("<!DOCTYPE html") || html.contains("<html"), html.substring(0, 200)),
                () -> assertTrue(html.contains("Complaint Resolution Rate"), "KPI name"),
                () -> assertTrue(html.contains("Complaint Escalation Rate"), "KPI name"),
                () -> assertTrue(html.contains("data:image/"), "charts embedded, not in a side folder"));
    }

    @Test
    void csvAndJsonHoldTheResults() throws IOException {
        List<String> csv = Files.readAllLines(report("csv"));
        String json = Files.readString(report("json"));
        assertAll(
                () -> assertTrue(csv.get(0).startsWith("kpi,period,segment,value"), csv.get(0)),
                () -> assertTrue(csv.stream().anyMatch(line -> line.startsWith("resolution_rate,")), csv.toString()),
                () -> assertTrue(json.contains("\"kpi\" : \"escalation_rate\"") || json.contains("\"kpi\":\"escalation_rate\""),
                        json));
    }
}
