package org.kpiengine.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Compiled templates kept between runs, so that a fresh JVM does not compile the same JRXML again (about a second
 * for the bundled templates). An entry is named by a SHA-256 over the template's bytes and the JasperReports
 * version, so an edited template or another Jasper simply misses. The folder is the user's own
 * ({@code ~/.cache/kpi-engine/compiled-templates}, or the system property {@value #FOLDER_PROPERTY}; {@code off}
 * disables the cache). A cache is never the reason a run fails: an entry that cannot be read or written is ignored
 * and the template is compiled as without it.
 */
final class CompiledTemplateCache {

    static final String FOLDER_PROPERTY = "kpi.templateCache";

    private final Path folder;

    private CompiledTemplateCache(Path folder) {
        this.folder = folder;
    }

    static CompiledTemplateCache fromSystem() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if ("off".equalsIgnoreCase(configured)) {
            return new CompiledTemplateCache(null);
        }
        return new CompiledTemplateCache(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "kpi-engine", "compiled-templates"));
    }

    static CompiledTemplateCache in(Path folder) {
        return new CompiledTemplateCache(folder);
    }

    Optional<JasperReport> load(byte[] template) {
        if (folder == null) {
            return Optional.empty();
        }
        Path entry = entry(template);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            return JRLoader.loadObject(entry.toFile()) instanceof JasperReport report ? Optional.of(report)
                    : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    void store(byte[] template, JasperReport report) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "template-", ".partial");
            try {
                JRSaver.saveObject(report, partial.toFile());
                move(partial, entry(template));
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (Exception e) {
            // Best effort: the next run compiles again.
        }
    }

    Path entry(byte[] template) {
        String version = String.valueOf(JasperReport.class.getPackage().getImplementationVersion());
        return folder.resolve(HexFormat.of().formatHex(Sha256.of(template, version)) + ".jasper");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** SHA-256 over the template and the Jasper version, without pulling in the archive layer's hashing. */
    private static final class Sha256 {

        static byte[] of(byte[] template, String version) {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                digest.update(template);
                digest.update(version.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return digest.digest();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }
}
