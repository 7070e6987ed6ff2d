package org.kpiengine.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the signature of a bundle's PDF against the manifest: one signature, covering every byte of
 * the file but its own, mathematically valid for the certificate it carries, which is the certificate
 * the manifest names; and the bytes before it are the unsigned PDF the manifest names.
 */
final class SignatureVerifier {

    private SignatureVerifier() {
    }

    static void verify(Path pdf, PdfSignature expected, String where, Verification verification) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        int before = verification.problemCount();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                verification.problem(where, "the manifest records one signature, but the PDF has "
                        + signatures.size());
                return;
            }
            PDSignature signature = signatures.get(0);
            if (!coversAllButItself(signature.getByteRange(), bytes)) {
                verification.problem(where, "the signature does not cover the whole file: its byte range is "
                        + Arrays.toString(signature.getByteRange()) + " in a file of " + bytes.length + " bytes");
            }
            if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
                verification.problem(where, "the signature is not a PAdES signature (SubFilter "
                        + signature.getSubFilter() + ")");
            }
            checkCms(signature, bytes, expected, where, verification);
        } catch (IOException e) {
            verification.problem(where, "the signed PDF cannot be read: " + e.getMessage());
        }
        if (expected.unsignedSize() > bytes.length || !Sha256.of(Arrays.copyOf(bytes, (int) expected.unsignedSize()))
                .equals(expected.unsignedSha256())) {
            verification.problem(where, "the bytes before the signature are not the unsigned PDF the manifest records "
                    + "(sha256 " + expected.unsignedSha256() + ")");
        }
        if (verification.problemCount() == before) {
            verification.ok(where, "signed by " + expected.signer() + " at " + expected.signedAt()
                    + "; the signature is valid and covers the whole file but itself");
        }
    }

    private static boolean coversAllButItself(int[] range, byte[] bytes) {
        return range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && (long) range[2] + range[3] == bytes.length
                && bytes[range[1]] == '<' && bytes[range[2] - 1] == '>';
    }

    private static void checkCms(PDSignature signature, byte[] bytes, PdfSignature expected, String where,
                                 Verification verification) throws IOException {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(bytes)),
                    withoutPadding(signature.getContents(bytes)));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                verification.problem(where, "the signature has " + signers.size() + " signers, not one");
                return;
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                verification.problem(where, "the signature does not carry its signer's certificate");
                return;
            }
            X509CertificateHolder certificate = matches.iterator().next();
            String certificateSha256 = Sha256.of(certificate.getEncoded());
            if (!certificateSha256.equals(expected.certificateSha256())) {
                verification.problem(where, "signed with certificate sha256 " + certificateSha256 + ", but the manifest "
                        + "records " + expected.certificateSha256());
            }
            if (!signsCertificate(signer, certificateSha256)) {
                verification.problem(where, "the signing-certificate-v2 attribute is missing or names another certificate");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                verification.problem(where, "the signature does not match the file: it was changed after signing");
            }
        } catch (CMSException e) {
            verification.problem(where, "the signature does not match the file: " + e.getMessage());
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            verification.problem(where, "the signer's certificate cannot be used: " + e.getMessage());
        }
    }

    /** The CMS structure alone: the space reserved for it in the PDF is padded with zeros. */
    private static ContentInfo withoutPadding(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean signsCertificate(SignerInformation signer, String certificateSha256) {
        var attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
        return value.getCerts().length > 0 && java.util.HexFormat.of().formatHex(value.getCerts()[0].getCertHash())
                .equals(certificateSha256);
    }
}
