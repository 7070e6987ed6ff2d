package org.kpiengine.report;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.kpiengine.error.Problem;
import org.kpiengine.error.SourceLocation;

/**
 * Turns Jasper's failures to load or compile a template into problems a quality manager can read:
 * one plain sentence each, located at the template file and, where the parser knows it, line and column.
 */
final class TemplateProblems {

    static final String UNREADABLE = "the report template could not be read: ";
    static final String UNCOMPILABLE = "the report template could not be compiled: ";

    /** Jasper's loaders all declined the content: not XML at all, or not the JRXML format of Jasper 7. */
    private static final String NO_LOADER_MESSAGE = "Unable to load report";

    /** One expression error from ecj: "N. message", then the generated line holding the expression. */
    private static final Pattern COMPILER_ERROR = Pattern.compile(
            "^\\d+\\. (.+)\\R\\s*value = (.*?); //\\$JR_EXPR_ID=\\d+\\$", Pattern.MULTILINE);
    /** ecj names the class Jasper generates for the expressions (report name, '_', a hash): noise to a reader. */
    private static final Pattern GENERATED_TYPE = Pattern.compile(" for the type \\w+_\\p{XDigit}{32,}");
    private static final Pattern PARSER_POSITION = Pattern.compile("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]");

    private TemplateProblems() {
    }

    static Problem loadFailure(Path template, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidTypeIdException unknownKind) {
                return at(template, unknownKind.getLocation(),
                        "there is no element kind '" + unknownKind.getTypeId() + "'");
            }
            if (t instanceof UnrecognizedPropertyException unknownName) {
                return at(template, unknownName.getLocation(),
                        "'" + unknownName.getPropertyName() + "' is not a known attribute or element here");
            }
            if (t instanceof JsonProcessingException json && json.getCause() == null) {
                return at(template, json.getLocation(), json.getOriginalMessage());
            }
            if (t instanceof XMLStreamException xml) {
                Location at = xml.getLocation();
                String message = PARSER_POSITION.matcher(String.valueOf(xml.getMessage())).replaceAll("");
                return at == null
                        ? Problem.error(SourceLocation.of(template), UNREADABLE + oneLine(message))
                        : Problem.error(position(template, at.getLineNumber(), at.getColumnNumber()),
                                UNREADABLE + oneLine(message));
            }
        }
        if (NO_LOADER_MESSAGE.equals(failure.getMessage())) {
            return Problem.error(SourceLocation.of(template), UNREADABLE
                    + "it is not a JasperReports 7 JRXML file (it is empty, not XML, or in an older JRXML format)");
        }
        return Problem.error(SourceLocation.of(template), UNREADABLE + innermostMessage(failure));
    }

    /** Each distinct expression error ecj reported, or the failure's own message when it reported none. */
    static List<Problem> compileFailure(Path template, Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        Set<String> errors = new LinkedHashSet<>();
        Matcher matcher = COMPILER_ERROR.matcher(message);
        while (matcher.find()) {
            String error = GENERATED_TYPE.matcher(matcher.group(1)).replaceAll("").strip();
            errors.add("the expression '" + matcher.group(2).strip() + "' has an error: " + error);
        }
        if (errors.isEmpty()) {
            errors.add(innermostMessage(failure));
        }
        return errors.stream().map(error -> Problem.error(SourceLocation.of(template), UNCOMPILABLE + error)).toList();
    }

    private static Problem at(Path template, JsonLocation location, String message) {
        SourceLocation where = location == null ? SourceLocation.of(template)
                : position(template, location.getLineNr(), location.getColumnNr());
        return Problem.error(where, UNREADABLE + oneLine(message));
    }

    private static SourceLocation position(Path template, int line, int column) {
        return SourceLocation.of(template, Math.max(line, 0), Math.max(column, 0));
    }

    static String innermostMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? failure.getClass().getSimpleName() : oneLine(message);
    }

    static String oneLine(String message) {
        return String.join(" ", message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }
}
