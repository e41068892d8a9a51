package org.sifregistry.common.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Signs the URLs that work without a login: downloads handed to shub and library clients, and upload URLs, which the
 * library client calls without its token. A signature is an HMAC-SHA256 over what the URL grants and until when;
 * it is compared in constant time.
 */
@ApplicationScoped
public class UrlSigner {

    private static final String ALGORITHM = "HmacSHA256";

    @Inject
    private RegistryConfig config;

    @Inject
    private Clock clock;

    private SecretKeySpec key;

    @PostConstruct
    void loadKey() {
        byte[] secret = config.signingKey()
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> storedKey(config.storageDir().resolveSibling("signing.key")));
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** When a URL signed now stops working. */
    public Instant expiry() {
        return clock.instant().plus(config.signedUrlLifetime());
    }

    public String sign(Instant expires, String... grant) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(expires.getEpochSecond(), grant));
    }

    /**
     * @throws AccessDeniedException if the signature does not match the grant or the URL has expired
     */
    public void verify(String signature, long expires, String... grant) {
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(signature == null ? "" : signature);
        } catch (IllegalArgumentException e) {
            presented = new byte[0];
        }
        if (!MessageDigest.isEqual(presented, mac(expires, grant))) {
            throw new AccessDeniedException(ErrorKey.LINK_SIGNATURE);
        }
        if (clock.instant().getEpochSecond() > expires) {
            throw new AccessDeniedException(ErrorKey.LINK_EXPIRED);
        }
    }

    private byte[] mac(long expires, String... grant) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // Newlines cannot occur in ids, names or digests, so the parts cannot be shifted into each other
            mac.update((expires + "\n" + String.join("\n", grant)).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    /** A random key made on the first start and kept (owner-only) so that signed URLs survive a restart. */
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
            throw new UncheckedIOException("Cannot keep the URL signing key in " + file
                    + "; set REGISTRY_SIGNING_KEY instead", e);
        }
    }
}
