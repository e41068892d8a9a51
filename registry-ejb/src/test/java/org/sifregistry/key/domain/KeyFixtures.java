package org.sifregistry.key.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Real keys and a real signature, made once with gpg and the Go integrity package as Apptainer signs
 * (registry-it's make-key.sh and sifsign): alice's and bob's RSA 3072 public keys, the signed metadata of an image
 * alice signed, and the same with one space added to its JSON, which no longer verifies.
 */
final class KeyFixtures {

    static final String ALICE_FINGERPRINT = "324DD4B1E1DDED8D96F4CD43E38E12D180AEFE6F";

    private KeyFixtures() {
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
