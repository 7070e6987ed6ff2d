package org.kpiengine.archive;

import java.io.IOException;
import java.util.Objects;

/**
 * One line of an archive's index: which bundle, what its manifest says about who made it and how long
 * it is kept, the SHA-256 of its manifest, and the SHA-256 of the previous line as written (all zeros
 * for the first), so that no line can be edited, removed or moved without breaking the chain.
 * {@code retainUntil} and {@code signer} are absent when the bundle has none.
 */
public record IndexEntry(long entry, String bundle, String scorecard, String asOf, String generatedAt,
                         String author, String retainUntil, String signer, String manifestSha256,
                         String previousSha256) {

    public IndexEntry {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(manifestSha256, "manifestSha256");
        Objects.requireNonNull(previousSha256, "previousSha256");
    }

    String toLine() {
        try {
            return ArchiveJson.compact().writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("an index entry always serialises", e);
        }
    }

    static IndexEntry parse(String line) throws IOException {
        return ArchiveJson.compact().readValue(line, IndexEntry.class);
    }
}
