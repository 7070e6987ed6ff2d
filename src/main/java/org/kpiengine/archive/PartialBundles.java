package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bundles under construction: {@code .<name>.partial} folders beside the finished ones. Nothing that
 * reads an archive takes them for bundles; a run removes those left by runs that died long enough ago.
 */
final class PartialBundles {

    static final String SUFFIX = ".partial";
    /** A partial folder untouched this long belongs to a run that died, not to one still writing. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private PartialBundles() {
    }

    static boolean isPartial(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    static Path folderFor(Path archive, String bundle) {
        return archive.resolve("." + bundle + SUFFIX);
    }

    static void removeAbandoned(Path archive, Instant now) throws IOException {
        List<Path> partials;
        try (Stream<Path> list = Files.list(archive)) {
            partials = list.filter(Files::isDirectory).filter(PartialBundles::isPartial).toList();
        }
        for (Path partial : partials) {
            FileTime modified = Files.getLastModifiedTime(partial);
            if (modified.toInstant().plus(ABANDONED_AFTER).isBefore(now)) {
                delete(partial);
            }
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
