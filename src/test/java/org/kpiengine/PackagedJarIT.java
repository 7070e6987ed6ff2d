package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar keeps DuckDB's Linux native library uncompressed, so that a start copies it rather than
 * inflating 57 MB, and still opens with its manifest for every reader, streaming ones included.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "kpi.jar");

    @Test
    void duckDbsLinuxLibraryIsStoredAndTheOthersStayCompressed() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertEquals(ZipEntry.STORED, jar.getEntry("libduckdb_java.so_linux_amd64").getMethod());
            assertEquals(ZipEntry.DEFLATED, jar.getEntry("libduckdb_java.so_osx_universal").getMethod());
            assertEquals(ZipEntry.DEFLATED, jar.getEntry("org/kpiengine/cli/KpiCommand.class").getMethod());
        }
    }

    @Test
    void aStreamingReaderFindsTheManifest() throws IOException {
        try (JarInputStream jar = new JarInputStream(Files.newInputStream(JAR))) {
            assertNotNull(jar.getManifest(), "the manifest is among the first entries");
            assertEquals("org.kpiengine.cli.KpiCommand", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }
}
