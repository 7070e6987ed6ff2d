package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/** Copies what a bundle holds to where a user asked for it, without ever leaving a half-written file. */
public final class BundleExport {

    private BundleExport() {
    }

    /** @throws InvalidInputException if the copy cannot be written there */
    public static void copyPdf(ArchivedBundle bundle, Path output) {
        Path target = output.toAbsolutePath().normalize();
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(bundle.folder().resolve(ScorecardArchiver.PDF), temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new InvalidInputException(SourceLocation.of(output), "the scorecard could not be written there: "
                    + e.getMessage());
        }
    }
}
