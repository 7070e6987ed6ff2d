package org.kpiengine.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file that readers see either complete or not at all: rows go to a temporary file beside
 * the target, which {@link #commit()} renames over it in one atomic step. Closing without
 * committing discards the temporary file and leaves any previous target untouched.
 */
final class AtomicCsvFile implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path target;
    private final Path temporary;
    private final CSVPrinter printer;
    private long rows;
    private boolean finished;

    AtomicCsvFile(Path target, String... header) throws IOException {
        this.target = target;
        Path directory = target.toAbsolutePath().getParent();
        this.temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            makeReadableLikeAnOrdinaryFile(temporary);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
            BufferedWriter writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), BUFFER_BYTES);
            this.printer = new CSVPrinter(writer, format);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    void writeRow(Object... values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Flushes everything and atomically replaces the target with the finished file. */
    WrittenFile commit() throws IOException {
        finished = true;
        try {
            printer.close(true);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new WrittenFile(target.getFileName().toString(), target, rows);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            try {
                printer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Temporary files are created owner-only; the committed data is meant to be shared. */
    private static void makeReadableLikeAnOrdinaryFile(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (FileSystemException ignored) {
                // a file system that refuses is fine; the data is still correct
            }
        }
    }
}
