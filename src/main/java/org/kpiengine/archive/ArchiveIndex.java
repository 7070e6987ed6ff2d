package org.kpiengine.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The append-only index of an archive, {@code index.jsonl}: one JSON line per bundle, each carrying the
 * SHA-256 of the line before it. Appends hold an exclusive lock on the file, so concurrent runs chain
 * correctly.
 */
final class ArchiveIndex {

    static final String FILE = "index.jsonl";

    private ArchiveIndex() {
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
                    manifest.asOf(), manifest.generatedAt(), manifestSha256, previous);
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
