package org.kpiengine.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a bundle folder, in a stable order, named the way the manifest names them. */
final class BundleFiles {

    static final String MANIFEST = "manifest.json";

    private BundleFiles() {
    }

    /** Every regular file below the folder, sorted by bundle path; the manifest itself is left out. */
    static List<Path> list(Path bundle) {
        try (Stream<Path> walk = Files.walk(bundle)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !relative(bundle, file).equals(MANIFEST))
                    .sorted((a, b) -> relative(bundle, a).compareTo(relative(bundle, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path bundle, Path file) {
        return bundle.relativize(file).toString().replace('\\', '/');
    }
}
