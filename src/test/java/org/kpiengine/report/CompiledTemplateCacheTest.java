package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JasperReport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled templates survive the JVM: the same bytes load from the cache, changed bytes compile anew. */
class CompiledTemplateCacheTest {

    private static final Path SECTIONS = Path.of("report-templates", "scorecard-sections.jrxml");

    @TempDir
    Path folder;

    @Test
    void sameTemplateLoadsFromTheCacheAndAnEditedOneMisses() throws IOException {
        CompiledTemplateCache cache = CompiledTemplateCache.in(folder.resolve("cache"));
        TemplateCompiler compiler = new TemplateCompiler(ReportContext.create(), cache);
        byte[] source = Files.readAllBytes(SECTIONS);

        JasperReport compiled = compiler.compile(SECTIONS);

        assertTrue(Files.isRegularFile(cache.entry(source)), "stored after compiling");
        JasperReport loaded = cache.load(source).orElseThrow();
        assertEquals(compiled.getName(), loaded.getName());
        assertEquals(compiled.getFields().length, loaded.getFields().length);
        assertTrue(cache.load((new String(source, java.nio.charset.StandardCharsets.UTF_8) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEmpty(), "an edited template misses");
    }

    @Test
    void unreadableEntryIsCompiledAgainAndReplaced() throws IOException {
        CompiledTemplateCache cache = CompiledTemplateCache.in(folder.resolve("cache"));
        byte[] source = Files.readAllBytes(SECTIONS);
        Files.createDirectories(folder.resolve("cache"));
        Files.writeString(cache.entry(source), "not a compiled report");

        JasperReport report = new TemplateCompiler(ReportContext.create(), cache).compile(SECTIONS);

        assertEquals("scorecard-sections", report.getName());
        assertTrue(cache.load(source).isPresent(), "the broken entry was replaced");
    }
}
