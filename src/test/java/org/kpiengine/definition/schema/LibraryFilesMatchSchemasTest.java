package org.kpiengine.definition.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.definition.schema.DefinitionSchemas.Kind;

/** Every file of the shipped KPI library passes its schema and tells editors which schema that is. */
class LibraryFilesMatchSchemasTest {

    static Stream<Arguments> libraryFiles() {
        return Arrays.stream(Kind.values()).flatMap(kind -> yamlFilesIn(kind.libraryFolder())
                .map(file -> Arguments.of(kind, file)));
    }

    private static Stream<Path> yamlFilesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("libraryFiles")
    void fileIsValidAgainstItsSchema(Kind kind, Path file) {
        List<Error> errors = DefinitionSchemas.validate(kind, DefinitionSchemas.read(file));
        assertTrue(errors.isEmpty(), () -> file + " does not match " + kind.schemaFile() + ":\n"
                + DefinitionSchemas.describe(errors));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("libraryFiles")
    void fileNamesItsSchemaOnTheFirstLine(Kind kind, Path file) {
        String firstLine = DefinitionSchemas.read(file).lines().findFirst().orElse("");
        assertEquals("# yaml-language-server: $schema=../schemas/" + kind.schemaName + ".schema.json", firstLine,
                () -> file + " must start with the schema comment so that editors complete and check its keys");
    }

    @Test
    void everyKindHasLibraryFiles() {
        for (Kind kind : Kind.values()) {
            assertFalse(yamlFilesIn(kind.libraryFolder()).toList().isEmpty(),
                    () -> "no library files in " + kind.libraryFolder());
        }
    }
}
