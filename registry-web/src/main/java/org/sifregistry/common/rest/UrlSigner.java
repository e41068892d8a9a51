package org.sifregistry.common.rest;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.site.application.SigningKey;

/**
 * Signs the URLs that work without a login: downloads handed to shub and library clients, and upload URLs, which the
 * library client calls without its token. A signature is an HMAC-SHA256 over what the URL grants and until when;
 * it is compared in constant time.
 */
@ApplicationScoped
public class UrlSigner {

    @Inject
    private RegistryConfig config;

    @Inject
    private SigningKey key;

    @Inject
    private Clock clock;

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
        // Newlines cannot occur in ids, names or digests, so the parts cannot be shifted into each other; a URL's
        // message starts with a number, which no other use of the key starts with
        return key.mac(expires + "\n" + String.join("\n", grant));
    }
}
