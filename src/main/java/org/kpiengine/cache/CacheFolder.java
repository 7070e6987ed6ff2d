package org.kpiengine.cache;

import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A folder of files kept between runs, each named by a {@link CacheKey} over everything it was made from, so
 * that a changed input simply misses. By default {@code ~/.cache/kpi-engine/NAME}; a system property may move
 * it, or turn it {@code off}. A cache is never the reason a run fails: an entry that cannot be read or written
 * is ignored, and the caller makes the value as if there were no cache.
 */
public final class CacheFolder {

    /** Reads a value out of an entry's file; any exception means "no usable entry". */
    @FunctionalInterface
    public interface EntryReader<T> {
        T read(Path file) throws Exception;
    }

    /** Writes a value into a new file that becomes the entry once complete. */
    @FunctionalInterface
    public interface EntryWriter {
        void write(Path file) throws Exception;
    }

    private final Path folder;

    private CacheFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder named by {@code property}, {@code ~/.cache/kpi-engine/NAME} without it, none when it says off. */
    public static CacheFolder fromSystem(String property, String name) {
        String configured = System.getProperty(property);
        if ("off".equalsIgnoreCase(configured)) {
            return new CacheFolder(null);
        }
        return new CacheFolder(configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "kpi-engine", name));
    }

    public static CacheFolder at(Path folder) {
        return new CacheFolder(folder);
    }

    public static CacheFolder off() {
        return new CacheFolder(null);
    }

    /** Where the entry for {@code key} lies; empty when the cache is off. */
    public Optional<Path> entry(CacheKey key, String suffix) {
        return folder == null ? Optional.empty() : Optional.of(folder.resolve(key.hex() + suffix));
    }

    /** The entry's value, or empty when there is none or it cannot be read. */
    public <T> Optional<T> read(CacheKey key, String suffix, EntryReader<T> reader) {
        Optional<Path> entry = entry(key, suffix).filter(Files::isRegularFile);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reader.read(entry.get()));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * Stores an entry, best effort. The value is written to a file of its own and moved into place only when
     * complete, so a reader, in this process or another, never sees half an entry.
     */
    public void write(CacheKey key, String suffix, EntryWriter writer) {
        Optional<Path> entry = entry(key, suffix);
        if (entry.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "entry-", ".partial");
            try {
                writer.write(partial);
                move(partial, entry.get());
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (Exception | LinkageError e) {
            // Best effort: the next run makes the value again.
        }
    }

    private static void move(Path from, Path to) throws java.io.IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
