package org.kpiengine.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the chain of an archive's index: numbering, and each line's hash of the line before it. */
final class IndexVerifier {

    /** A parsed index line and where it stands. */
    record Line(int number, IndexEntry entry) {
    }

    private IndexVerifier() {
    }

    /** The entries that could be read, by bundle name; every break in the chain is reported. */
    static Map<String, Line> verify(Path index, Verification verification) throws IOException {
        List<String> lines = List.of(new String(Files.readAllBytes(index), StandardCharsets.UTF_8).split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        String file = ArchiveIndex.FILE;
        int before = verification.problemCount();
        Map<String, Line> entries = new LinkedHashMap<>();
        String previous = Sha256.NONE;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String text = lines.get(i);
            IndexEntry entry;
            try {
                entry = IndexEntry.parse(text);
            } catch (IOException e) {
                verification.problem(file, number, "not an index entry: " + (text.isBlank() ? "a blank line" : text));
                previous = Sha256.of(text);
                continue;
            }
            if (entry.entry() != number) {
                verification.problem(file, number, "entry " + entry.entry() + " stands at line " + number
                        + ": entries were removed, added or moved");
            }
            if (!entry.previousSha256().equals(previous)) {
                verification.problem(file, number, "the chain is broken: previous_sha256 is " + entry.previousSha256()
                        + ", but " + (number == 1 ? "the first entry must have " : "line " + (number - 1)
                        + " hashes to ") + previous);
            }
            if (entries.putIfAbsent(entry.bundle(), new Line(number, entry)) != null) {
                verification.problem(file, number, "bundle " + entry.bundle() + " is listed twice");
            }
            previous = Sha256.of(text);
        }
        if (verification.problemCount() == before) {
            verification.ok(file, lines.size() + (lines.size() == 1 ? " entry" : " entries") + ", chain intact");
        }
        return entries;
    }

    /** Whether an entry says what its bundle's manifest says; each difference is reported. */
    static void matches(Line line, Manifest manifest, String manifestSha256, Verification verification) {
        IndexEntry entry = line.entry();
        String file = ArchiveIndex.FILE;
        if (!entry.manifestSha256().equals(manifestSha256)) {
            verification.problem(file, line.number(), "manifest_sha256 is " + entry.manifestSha256() + ", but "
                    + entry.bundle() + "/" + BundleFiles.MANIFEST + " hashes to " + manifestSha256);
        }
        check(line, "scorecard", entry.scorecard(), manifest.scorecard(), verification);
        check(line, "as_of", entry.asOf(), manifest.asOf(), verification);
        check(line, "generated_at", entry.generatedAt(), manifest.generatedAt(), verification);
        check(line, "author", entry.author(), manifest.author(), verification);
        check(line, "retain_until", entry.retainUntil(), manifest.retainUntil(), verification);
        check(line, "signer", entry.signer(), manifest.signature() == null ? null : manifest.signature().signer(),
                verification);
    }

    private static void check(Line line, String key, String indexed, String inManifest, Verification verification) {
        if (!java.util.Objects.equals(indexed, inManifest)) {
            verification.problem(ArchiveIndex.FILE, line.number(), key + " is '" + indexed + "', but the manifest of "
                    + line.entry().bundle() + " says '" + inManifest + "'");
        }
    }
}
