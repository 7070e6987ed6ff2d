package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;
import org.kpiengine.report.PdfText;

/** {@code kpi archive diff}: a later run restates February after late data and a corrected target. */
class RestatementTest {

    private static final String APPENDIX = "Restatements This scorecard";

    @TempDir
    Path workspace;

    @Test
    void listsEveryRestatedFigureAndTheInputsThatChanged() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        Path archive = workspace.resolve("archive");
        ArchivedBundle february = ArchivedRuns.archiveAt(archive, definitions, "2026-02-28", "2026-03-01T09:00:00Z",
                "0000aaaa", "Quality Office");

        Path data = workspace.resolve("project/data/complaints.csv");
        Files.writeString(data, Files.readString(data) + "C7,2026-02-27 17:05:00,open,true,alpha\n"
                + "C8,2026-03-03 09:40:00,resolved,false,alpha\n");
        Path kpi = definitions.resolve("kpis/escalation_rate.yaml");
        Files.writeString(kpi, Files.readString(kpi).replace("target: 10", "target: 8"));
        ArchivedBundle march = ArchivedRuns.archiveAt(archive, definitions, "2026-03-31", "2026-04-01T09:00:00Z",
                "0000bbbb", "Quality Office");

        CliRun diff = CliRun.of("archive", "diff", february.folder().toString(), march.folder().toString());
        assertEquals(0, diff.exitCode(), diff.err());
        Approvals.verify(diff.out().replaceAll("[0-9a-f]{64}", "<sha256>"));
    }

    /** The new scorecard itself says what it restates: an appendix after the rest, absent from a first run. */
    @Test
    void theRestatingScorecardRecordsTheRestatementInItsAppendix() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        Path archive = workspace.resolve("archive");
        ArchivedBundle february = ArchivedRuns.archiveAt(archive, definitions, "2026-02-28", "2026-03-01T09:00:00Z",
                "0000aaaa", "Quality Office");
        Path data = workspace.resolve("project/data/complaints.csv");
        Files.writeString(data, Files.readString(data) + "C7,2026-02-27 17:05:00,open,true,alpha\n");
        ArchivedBundle restated = ArchivedRuns.archiveAt(archive, definitions, "2026-02-28", "2026-03-09T09:00:00Z",
                "0000bbbb", "Quality Office");

        assertFalse(PdfText.of(february.folder().resolve("scorecard.pdf")).contains(APPENDIX));
        String text = PdfText.of(restated.folder().resolve("scorecard.pdf"));
        Approvals.verify(text.substring(text.lastIndexOf(APPENDIX)).replaceAll("[0-9a-f]{64}", "<sha256>"));
    }

    @Test
    void aRerunOfTheSameMonthWithUnchangedInputsRestatesNothing() {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        Path archive = workspace.resolve("archive");
        ArchivedBundle first = ArchivedRuns.archiveAt(archive, definitions, "2026-02-28", "2026-03-01T09:00:00Z",
                "0000aaaa", "Quality Office");
        ArchivedBundle again = ArchivedRuns.archiveAt(archive, definitions, "2026-02-28", "2026-03-02T09:00:00Z",
                "0000bbbb", "Quality Office");

        CliRun diff = CliRun.of("archive", "diff", first.folder().toString(), again.folder().toString());
        assertEquals(0, diff.exitCode(), diff.err());
        Approvals.verify(diff.out());
    }

    @Test
    void bundlesOfDifferentScorecardsDoNotRestateEachOther() throws IOException {
        Path one = ProjectFiles.copyFixtureInto(workspace.resolve("one"));
        Path other = ProjectFiles.copyFixtureInto(workspace.resolve("other"));
        Path scorecard = other.resolve("scorecards/monthly.yaml");
        Files.writeString(scorecard, Files.readString(scorecard).replace("id: monthly", "id: weekly"));
        ArchivedBundle a = ArchivedRuns.archiveAt(workspace.resolve("archive"), one, "2026-02-28",
                "2026-03-01T09:00:00Z", "0000aaaa", "Quality Office");
        ArchivedBundle b = ArchivedRuns.archiveAt(workspace.resolve("archive"), other, "2026-02-28",
                "2026-03-01T09:00:00Z", "0000bbbb", "Quality Office");
        CliRun diff = CliRun.of("archive", "diff", a.folder().toString(), b.folder().toString());
        assertEquals(1, diff.exitCode());
        assertEquals(b.folder() + ": error: is a bundle of scorecard 'weekly', not of 'monthly': only runs of one "
                + "scorecard restate each other\n", diff.err());
    }
}
