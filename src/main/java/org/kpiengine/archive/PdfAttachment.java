package org.kpiengine.archive;

import java.util.Locale;
import java.util.Objects;

/**
 * One bundle file carried inside the PDF/A-3 scorecard: its bundle path as the attachment's name, how it
 * relates to the document ({@code AFRelationship}), and its MIME type.
 */
record PdfAttachment(String path, Relationship relationship, String mimeType) {

    /** The PDF/A-3 relationships this archive uses. */
    enum Relationship {
        /** What the document was made from: definitions, rules, templates. */
        SOURCE("Source"),
        /** The figures the document shows, as data. */
        DATA("Data"),
        /** Further material: the evidence behind the figures. */
        SUPPLEMENT("Supplement");

        private final String pdfName;

        Relationship(String pdfName) {
            this.pdfName = pdfName;
        }

        /** The value of {@code /AFRelationship}. */
        String pdfName() {
            return pdfName;
        }
    }

    PdfAttachment {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** The attachment a bundle file becomes: definitions and templates are its sources, results its data. */
    static PdfAttachment of(String path) {
        Relationship relationship;
        if (path.startsWith(DefinitionSnapshot.DEFINITIONS + "/") || path.startsWith(DefinitionSnapshot.TEMPLATES + "/")) {
            relationship = Relationship.SOURCE;
        } else if (path.startsWith(Evidence.FOLDER + "/")) {
            relationship = Relationship.SUPPLEMENT;
        } else {
            relationship = Relationship.DATA;
        }
        return new PdfAttachment(path, relationship, mimeTypeOf(path));
    }

    static String mimeTypeOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "yaml", "yml" -> "application/yaml";
            case "json" -> "application/json";
            case "csv" -> "text/csv";
            case "jrxml", "xml" -> "application/xml";
            case "md" -> "text/markdown";
            case "drl", "txt" -> "text/plain";
            default -> "application/octet-stream";
        };
    }
}
