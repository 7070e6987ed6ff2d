package org.kpiengine.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bundles under construction: {@code .<name>.partial} folders beside the finished ones, each claimed by
 * its run through a lock on {@code .<name>.lock}. Nothing that reads an archive takes them for bundles.
 * The operating system drops a lock when its process dies, however it dies, so a lock that can be taken
 * belongs to a dead run, and the next run removes what that run left.
 */
final class PartialBundles {

    static final String SUFFIX = ".partial";
    private static final String LOCK_SUFFIX = ".lock";

    private PartialBundles() {
    }

    /** A run's hold on its partial folder, from before the folder exists until after it is gone. */
    static final class Claim implements AutoCloseable {

        private final Path lockFile;
        private final FileChannel channel;
        private final Path folder;

        private Claim(Path lockFile, FileChannel channel, Path folder) {
            this.lockFile = lockFile;
            this.channel = channel;
            this.folder = folder;
        }

        Path folder() {
            return folder;
        }

        /** Removes what is left of the partial folder, then lets go of the lock. */
        @Override
        public void close() throws IOException {
            try (channel) {
                delete(folder);
            } finally {
                Files.deleteIfExists(lockFile);
            }
        }
    }

    static boolean isPartial(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }

    /** Locks the bundle's name, then makes its empty partial folder. */
    static Claim claim(Path archive, String bundle) throws IOException {
        Path lockFile = lockFileOf(archive, bundle);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return new Claim(lockFile, channel, Files.createDirectory(archive.resolve("." + bundle + SUFFIX)));
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            throw e;
        }
    }

    /**
     * Undoes what runs that are no longer alive left behind; the work of live runs is left alone. A dead
     * run may have left its partial folder, or, if it died between the rename and the index entry, a
     * bundle that the index does not list: both go, with the lock file.
     */
    static void removeAbandoned(Path archive) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(archive)) {
            entries = list.filter(path -> path.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Set<String> indexed = null;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry) && isPartial(entry) && !Files.exists(lockFileOf(archive, bundleOf(name, SUFFIX)))) {
                // A run makes its lock file before its folder and removes it after: this run is gone.
                delete(entry);
            } else if (Files.isRegularFile(entry) && name.endsWith(LOCK_SUFFIX)) {
                String bundle = bundleOf(name, LOCK_SUFFIX);
                if (indexed == null) {
                    indexed = ArchiveIndex.bundleNames(archive);
                }
                removeIfAbandoned(archive, bundle, indexed.contains(bundle));
            }
        }
    }

    /** Whether a bundle folder is still being written, or was by a run that died before indexing it. */
    static boolean isUnfinished(Path bundle) {
        return Files.exists(lockFileOf(bundle.getParent(), bundle.getFileName().toString()));
    }

    private static void removeIfAbandoned(Path archive, String bundle, boolean indexed) throws IOException {
        Path lockFile = lockFileOf(archive, bundle);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock != null) {
                delete(archive.resolve("." + bundle + SUFFIX));
                if (!indexed) {
                    delete(archive.resolve(bundle));
                }
                Files.deleteIfExists(lockFile);
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // a run in this same process is still writing it
        }
    }

    private static Path lockFileOf(Path archive, String bundle) {
        return archive.resolve("." + bundle + LOCK_SUFFIX);
    }

    private static String bundleOf(String hiddenName, String suffix) {
        return hiddenName.substring(1, hiddenName.length() - suffix.length());
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
