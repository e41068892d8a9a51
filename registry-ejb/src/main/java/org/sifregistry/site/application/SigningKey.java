package org.sifregistry.site.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The registry's one secret key: REGISTRY_SIGNING_KEY, or a random key made on the first start and kept beside the
 * image store. It signs URLs and OCI tokens, and derives the secrets of API tokens (so that the sregistry client's
 * HMAC, keyed with the token, can be checked although only the token's hash is stored). Every use puts its own
 * label first in what it signs, so that no signature made for one use is valid for another.
 */
@ApplicationScoped
public class SigningKey {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    private RegistryConfig config;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        byte[] secret = config.signingKey()
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> storedKey(config.storageDir().resolveSibling("signing.key")));
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** HMAC-SHA256 of {@code message} under the key. */
    public byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    /** A random key made on the first start and kept (owner-only) so that what it signed survives a restart. */
    private static byte[] storedKey(Path file) {
        try {
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(file, Base64.getEncoder().encode(fresh));
                return fresh;
            } catch (FileAlreadyExistsException exists) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + file
                    + "; set REGISTRY_SIGNING_KEY instead", e);
        }
    }
}
