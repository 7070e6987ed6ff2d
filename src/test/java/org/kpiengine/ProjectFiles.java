package org.kpiengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The project's own definitions, templates and sample data, and copies of them that a test may change. */
public final class ProjectFiles {

    public static final Path DEFINITIONS = Path.of("kpi-definitions");
    public static final Path TEMPLATES = Path.of("report-templates");
    public static final Path SAMPLE_DATA = Path.of("sample-data");
    /** A small valid definitions folder with its own data, for tests of the engine rather than the library. */
    public static final Path FIXTURE_BASE = Path.of("src/test/resources/definitions/base");

    private ProjectFiles() {
    }

    /**
     * Copies the definitions and the sample data side by side into a folder, as a user would set up
     * their own project, and returns the copied definitions folder.
     */
    public static Path copyDefinitionsInto(Path folder) {
        copyTree(DEFINITIONS, folder.resolve("kpi-definitions"));
        copyTree(SAMPLE_DATA, folder.resolve("sample-data"));
        return folder.resolve("kpi-definitions");
    }

    /** Copies the fixture base into a folder and returns its definitions folder. */
    public static Path copyFixtureInto(Path folder) {
        copyTree(FIXTURE_BASE, folder);
        return folder.resolve("kpi-definitions");
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
