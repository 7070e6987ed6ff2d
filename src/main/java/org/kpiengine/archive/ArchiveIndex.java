package org.kpiengine.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/**
 * The append-only index of an archive, {@code index.jsonl}: one JSON line per bundle, each carrying the
 * SHA-256 of the line before it. Appends hold an exclusive lock on the file, so concurrent runs chain
 * correctly.
 */
final class ArchiveIndex {

    static final String FILE = "index.jsonl";

    private ArchiveIndex() {
    }

    /** Every entry, in order. @throws InvalidInputException at the first line that is not an entry */
    static List<IndexEntry> read(Path index) {
        List<String> lines;
        try {
            lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(SourceLocation.of(index), "cannot be read: " + e.getMessage());
        }
        List<IndexEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                entries.add(IndexEntry.parse(lines.get(i)));
            } catch (IOException e) {
                throw new InvalidInputException(SourceLocation.of(index, i + 1, 1), "not an index entry; run kpi verify "
                        + "to see what is wrong with the archive");
            }
        }
        return entries;
    }

    /** The bundles that the readable lines of the archive's index name; none when it has no index. */
    static Set<String> bundleNames(Path archive) throws IOException {
        Path index = archive.resolve(FILE);
        if (!Files.isRegularFile(index)) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            try {
                names.add(IndexEntry.parse(line).bundle());
            } catch (IOException unreadable) {
                // kpi verify reports it; here it names no bundle
            }
        }
        return names;
    }

    static IndexEntry append(Path archive, Manifest manifest, String manifestSha256) throws IOException {
        try (FileChannel channel = FileChannel.open(archive.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            ByteBuffer existing = ByteBuffer.allocate((int) channel.size());
            while (existing.hasRemaining() && channel.read(existing, existing.position()) >= 0) {
                // read it all
            }
            String text = new String(existing.array(), StandardCharsets.UTF_8);
            List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
            String previous = lines.isEmpty() ? Sha256.NONE : Sha256.of(lines.get(lines.size() - 1));
            IndexEntry entry = new IndexEntry(lines.size() + 1L, manifest.bundle(), manifest.scorecard(),
                    manifest.asOf(), manifest.generatedAt(), manifest.author(), manifest.retainUntil(),
                    manifest.signature() == null ? null : manifest.signature().signer(),
                    manifestSha256, previous);
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            ByteBuffer line = ByteBuffer.wrap((separator + entry.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
            long position = channel.size();
            while (line.hasRemaining()) {
                position += channel.write(line, position);
            }
            channel.force(true);
            return entry;
        }
    }
}
