package org.kpiengine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kpiengine.error.Problem;

/** Problems as JSON, one object each with file, line, column, severity and message, for editors and CI. */
final class ProblemsJson {

    private ProblemsJson() {
    }

    static void write(List<Problem> problems, PrintWriter out) {
        List<Map<String, Object>> items = problems.stream().map(ProblemsJson::item).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("errors", problems.stream().filter(Problem::isError).count());
        document.put("warnings", problems.stream().filter(problem -> !problem.isError()).count());
        document.put("problems", items);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> item(Problem problem) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("file", problem.location() == null ? null : problem.location().file());
        item.put("line", problem.location() == null ? 0 : problem.location().line());
        item.put("column", problem.location() == null ? 0 : problem.location().column());
        item.put("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        item.put("message", problem.message());
        return item;
    }
}
