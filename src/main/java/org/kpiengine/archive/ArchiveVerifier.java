package org.kpiengine.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/**
 * Verifies a bundle, or a whole archive: every bundle against its manifest, the index chain, and that
 * the index and the bundles name each other. Folders under construction ({@code .*.partial}) are not
 * bundles and are left alone.
 */
public final class ArchiveVerifier {

    private ArchiveVerifier() {
    }

    /** @throws InvalidInputException if the path is neither a bundle nor an archive */
    public static Verification verify(Path path) {
        Path folder = path.toAbsolutePath().normalize();
        try {
            if (BundleVerifier.isBundle(folder)) {
                return verifyBundle(folder);
            }
            if (Files.isRegularFile(folder.resolve(ArchiveIndex.FILE))) {
                return verifyArchive(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new InvalidInputException(SourceLocation.of(path), Files.isDirectory(folder)
                ? "neither a bundle (it has no " + BundleFiles.MANIFEST + ") nor an archive (it has no "
                + ArchiveIndex.FILE + ")"
                : "there is no such folder");
    }

    private static Verification verifyBundle(Path bundle) throws IOException {
        Verification verification = new Verification();
        Optional<Manifest> manifest = BundleVerifier.verify(bundle, verification);
        Path index = bundle.getParent().resolve(ArchiveIndex.FILE);
        if (manifest.isPresent() && Files.isRegularFile(index)) {
            Map<String, IndexVerifier.Line> entries = IndexVerifier.verify(index, verification);
            String name = bundle.getFileName().toString();
            IndexVerifier.Line line = entries.get(name);
            if (line == null) {
                verification.problem(name, "not in the archive's " + ArchiveIndex.FILE);
            } else {
                IndexVerifier.matches(line, manifest.get(), Sha256.of(bundle.resolve(BundleFiles.MANIFEST)),
                        verification);
            }
        }
        return verification;
    }

    private static Verification verifyArchive(Path archive) throws IOException {
        Verification verification = new Verification();
        Map<String, IndexVerifier.Line> entries = IndexVerifier.verify(archive.resolve(ArchiveIndex.FILE), verification);
        Map<String, IndexVerifier.Line> unmatched = new HashMap<>(entries);
        for (Path bundle : bundles(archive)) {
            String name = bundle.getFileName().toString();
            IndexVerifier.Line line = unmatched.remove(name);
            if (line == null && PartialBundles.isUnfinished(bundle)) {
                verification.ok(name, "not finished: its run is still writing it or died before indexing it; "
                        + "the next run of kpi archive removes it if the run is gone");
                continue;
            }
            Optional<Manifest> manifest = BundleVerifier.verify(bundle, verification);
            if (line == null) {
                verification.problem(name, "a bundle that is not in " + ArchiveIndex.FILE);
            } else if (manifest.isPresent()) {
                IndexVerifier.matches(line, manifest.get(), Sha256.of(bundle.resolve(BundleFiles.MANIFEST)),
                        verification);
            }
        }
        unmatched.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .forEach(line -> verification.problem(ArchiveIndex.FILE, line.number(), "bundle "
                        + line.entry().bundle() + " is missing from the archive"));
        return verification;
    }

    private static List<Path> bundles(Path archive) throws IOException {
        try (Stream<Path> list = Files.list(archive)) {
            return list.filter(Files::isDirectory).filter(folder -> !PartialBundles.isPartial(folder))
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
