package org.kpiengine.report;

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

    TemplateCompiler(JasperReportsContext context) {
        this.context = context;
    }

    JasperReport compile(Path template) {
        JasperDesign design = load(template);
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

    private JasperDesign load(Path template) {
        try (InputStream in = Files.newInputStream(template)) {
            return JRXmlLoader.load(context, in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(SourceLocation.of(template),
                    TemplateProblems.UNREADABLE + "the file does not exist");
        } catch (IOException e) {
            throw new InvalidInputException(SourceLocation.of(template),
                    TemplateProblems.UNREADABLE + TemplateProblems.innermostMessage(e));
        } catch (JRException | RuntimeException e) {
            throw new InvalidInputException(TemplateProblems.loadFailure(template, e));
        }
    }
}
