package org.kpiengine.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiengine.error.InvalidInputException;
import org.kpiengine.error.SourceLocation;

/** The private key and certificate chain a scorecard is signed off with, taken from a PKCS#12 keystore. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    /**
     * The key under {@code alias}, or the keystore's only key when no alias is given. The password is
     * cleared once read.
     *
     * @throws InvalidInputException if the keystore cannot be read with that password or holds no such key
     */
    public static SigningKey load(Path keystore, char[] password, Optional<String> alias) {
        SourceLocation where = SourceLocation.of(keystore);
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias.isPresent() ? alias.get() : onlyKeyAlias(store, where);
            if (!store.isKeyEntry(chosen)) {
                throw new InvalidInputException(where, "the keystore has no private key under the alias '" + chosen
                        + "'; its keys are " + String.join(", ", keyAliases(store)));
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) certificate);
            }
            return new SigningKey(key, chain);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(where, "there is no such keystore");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidInputException(where, "the keystore password is wrong");
            }
            throw new InvalidInputException(where, "the keystore cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(where, "the keystore cannot be read: " + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate's subject, as the manifest and the PDF's signature name it. */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    public String certificateSha256() {
        try {
            return Sha256.of(certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate read from a keystore encodes", e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, SourceLocation where) throws GeneralSecurityException {
        List<String> keys = keyAliases(store);
        if (keys.size() != 1) {
            throw new InvalidInputException(where, keys.isEmpty() ? "the keystore holds no private key"
                    : "the keystore holds several keys; choose one with --sign-alias: " + String.join(", ", keys));
        }
        return keys.get(0);
    }

    private static List<String> keyAliases(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        return keys.stream().sorted().toList();
    }
}
