package org.kpiengine.archive;

import java.nio.file.Path;
import java.util.Objects;

/** A bundle that is in place and indexed. */
public record ArchivedBundle(Path folder, Manifest manifest, IndexEntry entry) {

    public ArchivedBundle {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(entry, "entry");
    }
}
