package org.kpiengine.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/**
 * Identifies the definitions a scorecard was computed from: a SHA-256 over the bytes of every file in the
 * definition folders (datasets, measures, KPIs, scorecards, rules), taken in order of their path relative
 * to the root. The scorecard prints its first 16 hex digits, so a reader can tell whether two scorecards
 * came from the same definitions.
 */
public final class DefinitionsFingerprint {

    static final List<String> FOLDERS = List.of("datasets", "measures", "kpis", "scorecards", "rules");
    static final int SHOWN_DIGITS = 16;

    private DefinitionsFingerprint() {
    }

    /** The first 16 hex digits of the SHA-256; empty when {@code root} is null. */
    public static String of(Path root) {
        return root == null ? "" : full(root).substring(0, SHOWN_DIGITS);
    }

    static String full(Path root) {
        MessageDigest digest = sha256();
        for (Path file : files(root)) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new InvalidInputException(SourceLocation.of(file), "cannot be read for the definitions fingerprint: " + e.getMessage());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static List<Path> files(Path root) {
        return FOLDERS.stream()
                .map(root::resolve)
                .filter(Files::isDirectory)
                .flatMap(DefinitionsFingerprint::walk)
                .filter(Files::isRegularFile)
                .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                .toList();
    }

    private static Stream<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new InvalidInputException(SourceLocation.of(folder), "cannot be listed for the definitions fingerprint: " + e.getMessage());
        }
    }

    /** The path with forward slashes, so that the order is the same on every platform. */
    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
