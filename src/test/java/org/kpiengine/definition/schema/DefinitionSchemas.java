package org.kpiengine.definition.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schemas in kpi-definitions/schemas/, loaded with the networknt validator as an editor would use
 * them: draft 2020-12, with {@code format} checked as well.
 */
final class DefinitionSchemas {

    static final Path DEFINITIONS = Path.of("kpi-definitions");
    static final Path FOLDER = DEFINITIONS.resolve("schemas");

    /** The kinds of definition file: the schema's name and the library folder whose files it checks. */
    enum Kind {
        DATASET("dataset", "datasets"),
        MEASURES("measures", "measures"),
        KPI("kpi", "kpis"),
        SCORECARD("scorecard", "scorecards");

        final String schemaName;
        final String folder;

        Kind(String schemaName, String folder) {
            this.schemaName = schemaName;
            this.folder = folder;
        }

        Path schemaFile() {
            return FOLDER.resolve(schemaName + ".schema.json");
        }

        Path libraryFolder() {
            return DEFINITIONS.resolve(folder);
        }
    }

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonMapper JSON = new JsonMapper();
    private static final Map<Kind, Schema> SCHEMAS = new EnumMap<>(Kind.class);

    private DefinitionSchemas() {
    }

    static synchronized Schema schema(Kind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(json(read(k.schemaFile()))));
    }

    /** Validates YAML text as the YAML language server does: plain YAML values, dates stay text. */
    static List<Error> validate(Kind kind, String yamlText) {
        return schema(kind).validate(yaml(yamlText));
    }

    static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each error on its own line as "location: message", as a failing assertion should show it. */
    static String describe(List<Error> errors) {
        return errors.stream().map(DefinitionSchemas::describe).collect(Collectors.joining("\n"));
    }

    static String describe(Error error) {
        return error.toString();
    }
}
