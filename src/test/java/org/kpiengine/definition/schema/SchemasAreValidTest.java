package org.kpiengine.definition.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpiengine.definition.schema.DefinitionSchemas.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The schemas themselves: valid draft 2020-12, closed to unknown keys, and documented on every property,
 * since editors show that text as hover help.
 */
class SchemasAreValidTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void isValidAgainstTheDraft202012MetaSchema(Kind kind) {
        JsonNode schema = DefinitionSchemas.json(DefinitionSchemas.read(kind.schemaFile()));
        assertEquals(DRAFT_2020_12, schema.get("$schema").asString());
        Schema metaSchema = DefinitionSchemas.REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
        List<Error> errors = metaSchema.validate(schema);
        assertTrue(errors.isEmpty(), () -> DefinitionSchemas.describe(errors));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void identifiesItselfByItsFileName(Kind kind) {
        JsonNode schema = DefinitionSchemas.json(DefinitionSchemas.read(kind.schemaFile()));
        assertEquals("https://kpiengine.org/schemas/" + kind.schemaName + ".schema.json", schema.get("$id").asString());
        assertTrue(schema.hasNonNull("title") && schema.hasNonNull("description"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyObjectIsClosedAndEveryPropertyDocumented(Kind kind) {
        JsonNode schema = DefinitionSchemas.json(DefinitionSchemas.read(kind.schemaFile()));
        List<String> problems = new ArrayList<>();
        inspect(schema, "#", problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Walks the schema; subschemas under if/then only narrow keys declared elsewhere, so they are skipped. */
    private static void inspect(JsonNode node, String path, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                inspect(node.get(i), path + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                problems.add(path + ": must say additionalProperties: false");
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode value = property.getValue();
                if (!value.hasNonNull("title") || !value.hasNonNull("description")) {
                    problems.add(path + "/properties/" + property.getKey() + ": needs a title and a description");
                }
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            if (child.getKey().equals("if") || child.getKey().equals("then") || child.getKey().equals("examples")) {
                continue;
            }
            inspect(child.getValue(), path + "/" + child.getKey(), problems);
        }
    }
}
