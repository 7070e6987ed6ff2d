package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriteTest {

    @TempDir
    Path folder;

    @Test
    void failureHalfwayLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = folder.resolve("out.pdf");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFileWrite.write(target, out -> {
            out.write("%PDF-1.4 partial".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("exporter broke");
        }));

        assertEquals("exporter broke", e.getMessage());
        assertEquals(List.of(), list(folder));
    }

    @Test
    void failureKeepsThePreviousFile() throws Exception {
        Path target = folder.resolve("out.pdf");
        Files.writeString(target, "previous");

        assertThrows(IOException.class, () -> AtomicFileWrite.write(target, out -> {
            throw new IOException("disk full");
        }));

        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), list(folder));
    }

    @Test
    void successReplacesTheTarget() throws Exception {
        Path target = folder.resolve("out.pdf");
        Files.writeString(target, "previous");

        AtomicFileWrite.write(target, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list(folder));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
