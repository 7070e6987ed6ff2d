package org.kpiengine.report;

import java.nio.file.Path;
import java.util.Optional;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;

import org.kpiengine.cache.CacheFolder;
import org.kpiengine.cache.CacheKey;

/**
 * Compiled templates kept between runs, so that a fresh JVM does not compile the same JRXML again (about a second
 * for the bundled templates). An entry is named by a SHA-256 over the template's bytes and the JasperReports
 * version, so an edited template or another Jasper simply misses. The folder is the user's own
 * ({@code ~/.cache/kpi-engine/compiled-templates}, or the system property {@value #FOLDER_PROPERTY}; {@code off}
 * disables the cache). An entry that cannot be read is compiled again and replaced.
 */
final class CompiledTemplateCache {

    static final String FOLDER_PROPERTY = "kpi.templateCache";
    private static final String SUFFIX = ".jasper";

    private final CacheFolder folder;

    private CompiledTemplateCache(CacheFolder folder) {
        this.folder = folder;
    }

    static CompiledTemplateCache fromSystem() {
        return new CompiledTemplateCache(CacheFolder.fromSystem(FOLDER_PROPERTY, "compiled-templates"));
    }

    static CompiledTemplateCache in(Path folder) {
        return new CompiledTemplateCache(CacheFolder.at(folder));
    }

    Optional<JasperReport> load(byte[] template) {
        return folder.read(key(template), SUFFIX,
                file -> JRLoader.loadObject(file.toFile()) instanceof JasperReport report ? report : null);
    }

    void store(byte[] template, JasperReport report) {
        folder.write(key(template), SUFFIX, file -> JRSaver.saveObject(report, file.toFile()));
    }

    Path entry(byte[] template) {
        return folder.entry(key(template), SUFFIX).orElseThrow();
    }

    private static CacheKey key(byte[] template) {
        return CacheKey.of("compiled JasperReports template").with(template)
                .with(String.valueOf(JasperReport.class.getPackage().getImplementationVersion()));
    }
}
