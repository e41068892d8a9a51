package org.sifregistry.key.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Real keys and a real signature, made once with gpg and the Go integrity package as Apptainer signs
 * (registry-it's make-key.sh and sifsign): alice's and bob's RSA 3072 public keys, the signed metadata of an image
 * alice signed, and the same with one space added to its JSON, which no longer verifies. And real certificates, made
 * once with openssl (registry-it's make-certificate.sh): a test CA, its code-signing certificate signer.pem (valid
 * from 2026-12-04 for a hundred years) and client-auth.pem, which may not sign, and stranger.pem of another CA; with
 * the DSSE envelope of an image signed with signer.pem's key (sifsign sign-x509).
 */
final class KeyFixtures {

    static final String ALICE_FINGERPRINT = "324DD4B1E1DDED8D96F4CD43E38E12D180AEFE6F";
    static final String SIGNER_FINGERPRINT = "926D88278B52A844B1D41A3F7253C24DCFFB8A6259DC7446646207AAC1F5C97B";
    /** When the test CA and its certificates are all valid. */
    static final Instant WHILE_VALID = Instant.parse("2026-12-10T00:00:00Z");

    private KeyFixtures() {
    }

    static List<X509Certificate> certificates(String name) {
        return PemCertificates.parse("pem", text(name));
    }

    static String text(String name) {
        try (InputStream in = KeyFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
