package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the files a scorecard PDF carries against the bundle: every file the manifest says is attached is
 * there, with the bundle file's exact content (its SHA-256 in the manifest), the relationship and MIME type
 * it was attached with, and nothing else is attached.
 */
final class AttachmentVerifier {

    private AttachmentVerifier() {
    }

    static void verify(Path pdf, Manifest manifest, String where, Verification verification) {
        if (manifest.attachments().isEmpty()) {
            return;
        }
        List<PdfAttachments.Embedded> embedded;
        try {
            embedded = PdfAttachments.read(pdf);
        } catch (IOException e) {
            verification.problem(where, "its attachments cannot be read: " + e.getMessage());
            return;
        }
        Map<String, PdfAttachments.Embedded> byName = new LinkedHashMap<>();
        embedded.forEach(attachment -> byName.put(attachment.name(), attachment));
        Map<String, String> hashes = new LinkedHashMap<>();
        manifest.files().forEach(file -> hashes.put(file.path(), file.sha256()));
        int before = verification.problemCount();
        for (String path : manifest.attachments()) {
            PdfAttachments.Embedded found = byName.remove(path);
            if (found == null || found.content() == null) {
                verification.problem(where, "the attachment " + path + " is missing from the PDF");
                continue;
            }
            check(path, found, hashes.get(path), where, verification);
        }
        byName.keySet().forEach(name -> verification.problem(where, "carries the attachment " + name
                + ", which the manifest does not list"));
        if (verification.problemCount() == before) {
            verification.ok(where, manifest.attachments().size() + " attachments match the bundle's files");
        }
    }

    private static void check(String path, PdfAttachments.Embedded found, String expectedSha256, String where,
                              Verification verification) {
        PdfAttachment expected = PdfAttachment.of(path);
        String actualSha256 = Sha256.of(found.content());
        if (!actualSha256.equals(expectedSha256)) {
            verification.problem(where, "the attachment " + path + " differs from the bundle's file: sha256 "
                    + actualSha256 + ", the manifest has " + expectedSha256);
        }
        if (!Objects.equals(found.relationship(), expected.relationship().pdfName())) {
            verification.problem(where, "the attachment " + path + " has AFRelationship " + found.relationship()
                    + " instead of " + expected.relationship().pdfName());
        }
        if (!Objects.equals(found.mimeType(), expected.mimeType())) {
            verification.problem(where, "the attachment " + path + " has MIME type " + found.mimeType()
                    + " instead of " + expected.mimeType());
        }
    }
}
