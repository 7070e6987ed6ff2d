package org.kpiengine.definition.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpiengine.cli.KpiCommand;
import org.kpiengine.definition.schema.DefinitionSchemas.Kind;
import tools.jackson.databind.JsonNode;

/** {@code kpi schema KIND} prints the schema shipped in the jar, identical to kpi-definitions/schemas/. */
class SchemaCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run kpi(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = KpiCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsTheKpiSchemaAsJson() {
        Run run = kpi("schema", "kpi");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode schema = DefinitionSchemas.json(run.out());
        assertEquals("https://kpiengine.org/schemas/kpi.schema.json", schema.get("$id").asString());
        assertEquals("kpi-engine KPI", schema.get("title").asString());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void printsExactlyTheFileInTheDefinitionsFolder(Kind kind) {
        Run run = kpi("schema", kind.schemaName);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(DefinitionSchemas.read(kind.schemaFile()), run.out());
        assertTrue(DefinitionSchemas.json(run.out()).get("$id").asString().endsWith("/" + kind.schemaName + ".schema.json"));
    }

    @Test
    void unknownKindIsAUsageErrorListingTheKinds() {
        Run run = kpi("schema", "kpis");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("dataset, measures, kpi, scorecard"), run.err());
    }

    @Test
    void missingKindIsAUsageError() {
        assertEquals(2, kpi("schema").exitCode());
    }

    @Test
    void hasHelpAndVersionAndIsListedInTheMainHelp() {
        Run help = kpi("schema", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("KIND"), help.out());
        Run version = kpi("schema", "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("kpi-engine "), version.out());
        assertTrue(kpi("--help").out().contains("schema"));
    }
}
