package org.kpiengine.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF at PAdES baseline B-B: a detached CMS signature (SubFilter ETSI.CAdES.detached) with
 * the signing-certificate-v2 attribute, appended as an incremental update so that the bytes before it,
 * PDF/A conformance included, are left exactly as they were.
 */
final class PadesSigner {

    /** Room reserved for the CMS structure: a 4096-bit RSA signature with a few certificates fits. */
    private static final int SIGNATURE_SPACE = 16 * 1024;

    private PadesSigner() {
    }

    /** Signs the file in place; the time becomes the signature's {@code /M} entry. */
    static PdfSignature sign(Path pdf, SigningKey key, Instant time) throws IOException {
        byte[] unsigned = Files.readAllBytes(pdf);
        Path signed = pdf.resolveSibling(pdf.getFileName() + ".signing");
        try (PDDocument document = Loader.loadPDF(unsigned);
             SignatureOptions options = new SignatureOptions();
             OutputStream out = Files.newOutputStream(signed)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.subject());
            signature.setReason("Sign-off of the archived scorecard");
            signature.setSignDate(GregorianCalendar.from(time.atZone(ZoneOffset.UTC)));
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            document.addSignature(signature, content -> cms(content, key), options);
            document.saveIncremental(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(signed);
            throw e;
        }
        Files.move(signed, pdf, StandardCopyOption.REPLACE_EXISTING);
        return new PdfSignature(key.subject(), key.certificateSha256(), time.toString(), Sha256.of(unsigned),
                unsigned.length);
    }

    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(algorithm(key)).build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                    .build()).setSignedAttributeGenerator(new PadesSignedAttributes(key.certificate()))
                    .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IOException("the scorecard could not be signed: " + e.getMessage(), e);
        }
    }

    private static String algorithm(SigningKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("cannot sign with a " + key.privateKey().getAlgorithm()
                    + " key; use an RSA or EC key");
        };
    }
}
