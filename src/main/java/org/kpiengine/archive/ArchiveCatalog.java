package org.kpiengine.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/** What an archive holds, read from its index: one row per bundle, in the order they were archived. */
public final class ArchiveCatalog {

    private ArchiveCatalog() {
    }

    /** @throws InvalidInputException if the folder has no index or a line of it is not an index entry */
    public static String list(Path archive) {
        Path index = archive.resolve(ArchiveIndex.FILE);
        if (!Files.isRegularFile(index)) {
            throw new InvalidInputException(SourceLocation.of(archive), "not an archive: it has no " + ArchiveIndex.FILE);
        }
        List<IndexEntry> entries = ArchiveIndex.read(index);
        TextTable table = new TextTable("#", "Bundle", "Scorecard", "As of", "Created", "Author", "Retain until",
                "Signed by");
        for (IndexEntry entry : entries) {
            table.add(String.valueOf(entry.entry()), entry.bundle(), entry.scorecard(), entry.asOf(),
                    entry.generatedAt(), orDash(entry.author()), orDash(entry.retainUntil()), orDash(entry.signer()));
        }
        return table.render() + (entries.size() == 1 ? "1 bundle" : entries.size() + " bundles") + " in " + archive
                + ".\n";
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }
}
