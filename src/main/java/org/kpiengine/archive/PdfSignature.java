package org.kpiengine.archive;

import java.util.Objects;

/**
 * What a bundle's manifest records about the signature of its scorecard: who signed (the certificate's
 * subject), the SHA-256 of the certificate, the signing time written into the signature, and the
 * SHA-256 and size of the PDF as it was before signing. The signature is an incremental update, so the
 * first {@code unsignedSize} bytes of the signed file are exactly the unsigned, reproducible PDF.
 */
public record PdfSignature(String signer, String certificateSha256, String signedAt, String unsignedSha256,
                           long unsignedSize) {

    public PdfSignature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(certificateSha256, "certificateSha256");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(unsignedSha256, "unsignedSha256");
        if (unsignedSize < 1) {
            throw new IllegalArgumentException("a signed PDF had content before it was signed");
        }
    }
}
