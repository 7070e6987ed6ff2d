package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kpiengine.error.InvalidInputException;

/** Checks one bundle against its manifest: every hash, and that no file was added or removed. */
final class BundleVerifier {

    private BundleVerifier() {
    }

    /** The bundle's manifest, or empty when it cannot be read (which is reported). */
    static Optional<Manifest> verify(Path bundle, Verification verification) throws IOException {
        String name = bundle.getFileName().toString();
        verification.countBundle();
        Manifest manifest;
        try {
            manifest = Manifest.read(bundle.resolve(BundleFiles.MANIFEST));
        } catch (InvalidInputException e) {
            verification.problem(name + "/" + BundleFiles.MANIFEST, e.problems().get(0).message());
            return Optional.empty();
        }
        int before = verification.problemCount();
        if (!name.equals(manifest.bundle())) {
            verification.problem(name + "/" + BundleFiles.MANIFEST, "the manifest is for bundle '" + manifest.bundle()
                    + "', not for this folder");
        }
        Map<String, Path> actual = new LinkedHashMap<>();
        BundleFiles.list(bundle).forEach(file -> actual.put(BundleFiles.relative(bundle, file), file));
        for (BundleFile expected : manifest.files()) {
            Path file = actual.remove(expected.path());
            String where = name + "/" + expected.path();
            if (file == null) {
                verification.problem(where, "missing (expected sha256 " + expected.sha256() + ")");
                continue;
            }
            String sha256 = Sha256.of(file);
            if (!sha256.equals(expected.sha256())) {
                verification.problem(where, "changed: expected sha256 " + expected.sha256() + ", actual " + sha256);
            }
        }
        actual.forEach((path, file) -> verification.problem(name + "/" + path,
                "unexpected file, not in the manifest (sha256 " + Sha256.of(file) + ")"));
        if (verification.problemCount() == before) {
            verification.ok(name, manifest.files().size() + " files match the manifest");
        }
        Path pdf = bundle.resolve(ScorecardArchiver.PDF);
        if (Files.isRegularFile(pdf)) {
            AttachmentVerifier.verify(pdf, manifest, name + "/" + ScorecardArchiver.PDF, verification);
        }
        if (manifest.signature() != null && Files.isRegularFile(pdf)) {
            SignatureVerifier.verify(pdf, manifest.signature(), name + "/" + ScorecardArchiver.PDF, verification);
        }
        return Optional.of(manifest);
    }

    static boolean isBundle(Path folder) {
        return Files.isRegularFile(folder.resolve(BundleFiles.MANIFEST));
    }
}
