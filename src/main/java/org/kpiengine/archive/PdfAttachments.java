package org.kpiengine.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Carries bundle files inside the PDF/A-3 scorecard as associated files: each one a file specification with
 * {@code F} and {@code UF} names, an {@code AFRelationship}, and an embedded stream with its MIME type, size and
 * modification date, listed both in the document's EmbeddedFiles name tree and in the catalog's {@code AF} array,
 * as ISO 19005-3 asks. Only dates given by the caller go in, so the same files give the same bytes.
 */
final class PdfAttachments {

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    /** An attachment as read back from a PDF. */
    record Embedded(String name, String relationship, String mimeType, byte[] content) {
    }

    private PdfAttachments() {
    }

    /** Attaches each file of the bundle to its PDF, in place; {@code modified} is every attachment's ModDate. */
    static void attach(Path pdf, Path bundle, List<PdfAttachment> attachments, Instant modified) throws IOException {
        Path attached = pdf.resolveSibling(pdf.getFileName() + ".attaching");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf));
             OutputStream out = Files.newOutputStream(attached)) {
            Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
            COSArray associated = new COSArray();
            for (PdfAttachment attachment : attachments) {
                PDComplexFileSpecification specification = specification(document,
                        bundle.resolve(attachment.path()), attachment, modified);
                byName.put(attachment.path(), specification);
                associated.add(specification.getCOSObject());
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(byName);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(COSName.AF, associated);
            document.save(out, CompressParameters.NO_COMPRESSION);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(attached);
            throw e;
        }
        Files.move(attached, pdf, StandardCopyOption.REPLACE_EXISTING);
    }

    private static PDComplexFileSpecification specification(PDDocument document, Path file, PdfAttachment attachment,
                                                            Instant modified) throws IOException {
        byte[] content = Files.readAllBytes(file);
        PDEmbeddedFile embedded;
        try (InputStream in = new ByteArrayInputStream(content)) {
            embedded = new PDEmbeddedFile(document, in, COSName.FLATE_DECODE);
        }
        embedded.setSubtype(attachment.mimeType());
        embedded.setSize(content.length);
        embedded.setModDate(GregorianCalendar.from(modified.atZone(ZoneOffset.UTC)));
        PDComplexFileSpecification specification = new PDComplexFileSpecification();
        specification.setFile(attachment.path());
        specification.setFileUnicode(attachment.path());
        specification.setFileDescription(description(attachment));
        specification.setEmbeddedFile(embedded);
        specification.setEmbeddedFileUnicode(embedded);
        specification.getCOSObject().setName(AF_RELATIONSHIP, attachment.relationship().pdfName());
        return specification;
    }

    private static String description(PdfAttachment attachment) {
        return switch (attachment.relationship()) {
            case SOURCE -> "Definition the scorecard was made from";
            case DATA -> "Results shown in the scorecard";
            case SUPPLEMENT -> "Evidence behind a figure of the scorecard";
        };
    }

    /** Every attachment listed in the PDF's catalog {@code AF} array, in order. */
    static List<Embedded> read(Path pdf) throws IOException {
        List<Embedded> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSBase item = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
            if (!(item instanceof COSArray associated)) {
                return found;
            }
            for (int i = 0; i < associated.size(); i++) {
                if (associated.getObject(i) instanceof COSDictionary dictionary) {
                    found.add(embedded(new PDComplexFileSpecification(dictionary)));
                }
            }
        }
        return found;
    }

    private static Embedded embedded(PDComplexFileSpecification specification) throws IOException {
        PDEmbeddedFile file = specification.getEmbeddedFileUnicode() != null ? specification.getEmbeddedFileUnicode()
                : specification.getEmbeddedFile();
        String name = specification.getFileUnicode() != null ? specification.getFileUnicode() : specification.getFile();
        String relationship = specification.getCOSObject().getNameAsString(AF_RELATIONSHIP);
        if (file == null) {
            return new Embedded(name, relationship, null, null);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try (InputStream in = file.createInputStream()) {
            in.transferTo(content);
        }
        return new Embedded(name, relationship, file.getSubtype(), content.toByteArray());
    }
}
