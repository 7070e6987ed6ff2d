package org.kpiengine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the complete new one: the content goes to
 * a temporary file beside the target and is moved into place only once fully written. On any failure
 * the temporary file is deleted, so no partial or empty output is left behind.
 */
final class AtomicFileWrite {

    /** What fills the file; may fail with any exception. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFileWrite() {
    }

    static void write(Path target, Content content) throws Exception {
        Path absolute = target.toAbsolutePath();
        Path folder = Files.createDirectories(absolute.getParent());
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            move(temporary, absolute);
        } catch (Exception | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // The temporary file is in the target's own folder, so this only happens on file systems
            // without atomic rename; a plain replace is the best left to do there.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
