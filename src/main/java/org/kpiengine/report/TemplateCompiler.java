package org.kpiengine.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRValidationException;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.Problem;
import org.kpiengine.error.SourceLocation;

/** Reads and compiles a JRXML template, reporting a broken template as the user's input error. */
final class TemplateCompiler {

    private final JasperReportsContext context;
    private final CompiledTemplateCache cache;

    TemplateCompiler(JasperReportsContext context) {
        this(context, CompiledTemplateCache.fromSystem());
    }

    TemplateCompiler(JasperReportsContext context, CompiledTemplateCache cache) {
        this.context = context;
        this.cache = cache;
    }

    /** The compiled template, from the cache when these exact bytes were compiled before. */
    JasperReport compile(Path template) {
        byte[] source = read(template);
        return cache.load(source).orElseGet(() -> {
            JasperReport report = compile(template, source);
            cache.store(source, report);
            return report;
        });
    }

    private byte[] read(Path template) {
        try {
            return Files.readAllBytes(template);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(SourceLocation.of(template),
                    TemplateProblems.UNREADABLE + "the file does not exist");
        } catch (IOException e) {
            throw new InvalidInputException(SourceLocation.of(template),
                    TemplateProblems.UNREADABLE + TemplateProblems.innermostMessage(e));
        }
    }

    private JasperReport compile(Path template, byte[] source) {
        JasperDesign design = load(template, source);
        try {
            return JasperCompileManager.getInstance(context).compile(design);
        } catch (JRValidationException e) {
            throw new InvalidInputException(e.getFaults().stream()
                    .map(fault -> Problem.error(SourceLocation.of(template),
                            "the report template is not valid: " + TemplateProblems.oneLine(fault.getMessage())))
                    .toList());
        } catch (JRException | RuntimeException e) {
            throw new InvalidInputException(TemplateProblems.compileFailure(template, e));
        }
    }

    private JasperDesign load(Path template, byte[] source) {
        try (InputStream in = new ByteArrayInputStream(source)) {
            return JRXmlLoader.load(context, in);
        } catch (IOException e) {
            throw new InvalidInputException(SourceLocation.of(template),
                    TemplateProblems.UNREADABLE + TemplateProblems.innermostMessage(e));
        } catch (JRException | RuntimeException e) {
            throw new InvalidInputException(TemplateProblems.loadFailure(template, e));
        }
    }
}
