package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/**
 * What a bundle holds and how it was made. {@code files} lists every file of the bundle except the
 * manifest itself, sorted by path; the index entry of the bundle holds the manifest's own SHA-256.
 * {@code retainUntil} is the last day the bundle must be kept, when its scorecard declares a retention;
 * {@code signature} describes the scorecard's signature, when it was signed off; {@code attachments} lists the
 * bundle files the PDF carries inside it (bundles made before PDFs carried them list none).
 */
public record Manifest(String format, String bundle, String engineVersion, String scorecard, String asOf,
                       String author, String generatedAt, String retainUntil, PdfSignature signature,
                       Map<String, String> parameters, List<DataFingerprint> dataSources, List<BundleFile> files,
                       List<String> attachments) {

    public static final String FORMAT = "kpi-engine-archive/1";

    public Manifest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        dataSources = List.copyOf(dataSources == null ? List.of() : dataSources);
        files = List.copyOf(files == null ? List.of() : files);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    public Manifest withFiles(List<BundleFile> newFiles) {
        return new Manifest(format, bundle, engineVersion, scorecard, asOf, author, generatedAt, retainUntil, signature,
                parameters, dataSources, newFiles, attachments);
    }

    public Manifest withSignature(PdfSignature newSignature) {
        return new Manifest(format, bundle, engineVersion, scorecard, asOf, author, generatedAt, retainUntil,
                newSignature, parameters, dataSources, files, attachments);
    }

    public Manifest withAttachments(List<String> newAttachments) {
        return new Manifest(format, bundle, engineVersion, scorecard, asOf, author, generatedAt, retainUntil, signature,
                parameters, dataSources, files, newAttachments);
    }

    byte[] toJson() {
        try {
            return ArchiveJson.pretty().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    /** @throws InvalidInputException if the file is missing or is not a manifest */
    static Manifest read(Path file) {
        try {
            Manifest manifest = ArchiveJson.compact().readValue(file.toFile(), Manifest.class);
            if (!FORMAT.equals(manifest.format())) {
                throw new InvalidInputException(SourceLocation.of(file), "not a manifest of format " + FORMAT
                        + " but '" + manifest.format() + "'");
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(SourceLocation.of(file), "the manifest cannot be read: "
                    + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
