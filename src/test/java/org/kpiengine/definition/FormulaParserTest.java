package org.kpiengine.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.kpiengine.definition.formula.Formula;
import org.kpiengine.definition.formula.FormulaParser;
import org.kpiengine.definition.yaml.Located;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/** Formulas are a whitelist: anything that could reach the host is refused before MVEL sees it. */
class FormulaParserTest {

    private static final SourceLocation AT = new SourceLocation("kpis/x.yaml", 4, 10);

    @Test
    void collectsTheIdsAFormulaNamesWithTheirColumns() {
        Formula formula = FormulaParser.parse("(promoters - detractors) / max(responses, 1) * 100", AT, "kpi 'x'");
        assertEquals(List.of(
                new Located<>("promoters", new SourceLocation("kpis/x.yaml", 4, 11)),
                new Located<>("detractors", new SourceLocation("kpis/x.yaml", 4, 23)),
                new Located<>("responses", new SourceLocation("kpis/x.yaml", 4, 41))), formula.references());
    }

    private static final List<String> ATTACKS = List.of("Runtime.getRuntime().exec('rm -rf /')",
            "x.getClass()",
            "new java.io.File('/etc/passwd')",
            "System.exit(0)",
            "while(true){}",
            "a = 1",
            "a; b",
            "java.lang.Math.random()",
            "\"text\"",
            "def f() { 1 }",
            "x[0]",
            "foreach (y : x) { y }",
            "Thread.sleep(10000)",
            "exec('ls')",
            "this",
            "null",
            "x instanceof String",
            "@{x}",
            "x ~= 'a'",
            "import java.io.File; 1",
            "1.5.toString()",
            "assert x",
            "x contains 'a'",
            "",
            "Class.forName('java.lang.Runtime')");

    @Test
    void refusesEveryAttackWithAClearMessage() {
        assertEquals(25, ATTACKS.size());
        StringBuilder messages = new StringBuilder();
        for (String attack : ATTACKS) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> FormulaParser.parse(attack, AT, "kpi 'x'"), attack);
            messages.append(attack).append('\n').append("  ").append(refused.problems().get(0).format()).append('\n');
        }
        Approvals.verify(messages.toString());
    }

    @Test
    void pointsAtTheForbiddenToken() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> FormulaParser.parse("resolved / received.size()", AT, "kpi 'x'"));
        assertEquals("kpis/x.yaml:4:29: error: kpi 'x': a formula cannot use '.': it may not call methods or read "
                + "fields, only combine ids with operators", refused.problems().get(0).format());
    }
}
