package org.kpiengine.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.ProjectFiles;
import org.kpiengine.cli.CliRun;

/** {@code kpi archive --evidence}: the records behind each KPI's latest figure, stored and hashed in the bundle. */
class EvidenceTest {

    @TempDir
    Path workspace;

    private CliRun archive(Path definitions) {
        return CliRun.of("archive", "--definitions", definitions.toString(), "--templates",
                ProjectFiles.TEMPLATES.toString(), "--as-of", "2026-02-28", "--out", workspace.resolve("archive").toString(),
                "--author", "Quality Office", "--evidence");
    }

    @Test
    void theRecordsBehindEveryLatestFigureAreStoredAndVerified() throws IOException {
        CliRun run = archive(ProjectFiles.copyFixtureInto(workspace.resolve("project")));
        assertEquals(0, run.exitCode(), run.err());
        Path bundle = onlyBundle();
        Path evidence = bundle.resolve(Evidence.FOLDER);
        StringBuilder files = new StringBuilder();
        for (String name : List.of("escalation_rate.csv", "resolution_rate.csv", Evidence.SUMMARY)) {
            files.append("== ").append(name).append('\n').append(Files.readString(evidence.resolve(name)));
        }
        Approvals.verify(files.toString());

        String manifest = Files.readString(bundle.resolve(BundleFiles.MANIFEST));
        assertTrue(manifest.contains("\"evidence/summary.csv\""), manifest);
        CliRun verify = CliRun.of("verify", bundle.toString());
        assertEquals(0, verify.exitCode(), verify.out());
    }

    @Test
    void aDatasetWithoutAnIdColumnIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        Path dataset = definitions.resolve("datasets/complaints.yaml");
        Files.writeString(dataset, Files.readString(dataset).replace("id_column: complaint_id\n", ""));
        CliRun run = archive(definitions);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("kpi-definitions/datasets/complaints.yaml:1:1: error: dataset 'complaints' has no id_column, so --evidence cannot "
                + "name the records behind its figures; add 'id_column:' with the column that identifies a record\n",
                run.err());
        assertFalse(Files.exists(workspace.resolve("archive")));
    }

    @Test
    void anIdColumnTheDataLacksIsNamed() throws IOException {
        Path definitions = ProjectFiles.copyFixtureInto(workspace.resolve("project"));
        Path dataset = definitions.resolve("datasets/complaints.yaml");
        Files.writeString(dataset, Files.readString(dataset).replace("id_column: complaint_id", "id_column: complaint_no"));
        CliRun run = CliRun.of("validate", "--definitions", definitions.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("dataset 'complaints': the id column 'complaint_no' is not a column of "
                + "complaints.csv (did you mean 'complaint_id'?)"), run.err());
    }

    private Path onlyBundle() throws IOException {
        try (Stream<Path> list = Files.list(workspace.resolve("archive"))) {
            List<Path> bundles = list.filter(Files::isDirectory).filter(path -> !path.getFileName().toString()
                    .startsWith(".")).toList();
            assertEquals(1, bundles.size(), bundles.toString());
            return bundles.get(0);
        }
    }
}
