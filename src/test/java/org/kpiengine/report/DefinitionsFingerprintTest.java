package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionsFingerprintTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void hashesTheDefinitionFilesInPathOrderAndIgnoresOtherFolders() throws Exception {
        write("scorecards/review.yaml", "S");
        write("kpis/b.yaml", "B");
        write("kpis/a.yaml", "A");
        write("rules/x.drl", "R");
        write("datasets/d.yaml", "D");
        write("measures/m.yaml", "M");
        write("tests/t.yaml", "not part of the definitions");
        write("README.md", "neither");

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("DABMRS".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, DefinitionsFingerprint.full(root));
        assertEquals(expected.substring(0, 16), DefinitionsFingerprint.of(root));
        assertEquals(List.of("datasets/d.yaml", "kpis/a.yaml", "kpis/b.yaml", "measures/m.yaml", "rules/x.drl",
                "scorecards/review.yaml"), DefinitionsFingerprint.files(root).stream()
                .map(file -> root.relativize(file).toString().replace('\\', '/')).toList());
    }

    @Test
    void changesWhenADefinitionChanges() throws IOException {
        write("kpis/a.yaml", "target: 80");
        String before = DefinitionsFingerprint.of(root);
        write("kpis/a.yaml", "target: 81");

        assertNotEquals(before, DefinitionsFingerprint.of(root));
    }

    @Test
    void noRootNoFingerprint() {
        assertEquals("", DefinitionsFingerprint.of(null));
    }
}
