package org.kpiengine.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** One file of a bundle: its path inside the bundle ('/'-separated), its SHA-256 and its size in bytes. */
public record BundleFile(String path, String sha256, long size) {

    public BundleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("not a path inside a bundle: " + path);
        }
    }

    static BundleFile of(Path bundle, Path file) {
        try {
            return new BundleFile(BundleFiles.relative(bundle, file), Sha256.of(file), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
