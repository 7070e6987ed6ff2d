package org.kpiengine.archive;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cms.CMSAttributeTableGenerator;

/**
 * The signed attributes of a PAdES baseline (B-B) signature: content type, message digest and
 * signing-certificate-v2, which binds the signature to the signer's certificate by its SHA-256. Unlike
 * Bouncy Castle's default it adds no signing-time attribute, which PAdES forbids: the time is the
 * signature dictionary's {@code /M}.
 */
final class PadesSignedAttributes implements CMSAttributeTableGenerator {

    private final X509Certificate certificate;

    PadesSignedAttributes(X509Certificate certificate) {
        this.certificate = certificate;
    }

    @Override
    public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
        ASN1ObjectIdentifier contentType = (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE);
        byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId()}))));
        return new AttributeTable(attributes);
    }

    private ESSCertIDv2 certificateId() {
        try {
            byte[] hash = Sha256.digest().digest(certificate.getEncoded());
            IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
            return new ESSCertIDv2(hash, issuer);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate read from a keystore encodes", e);
        }
    }
}
