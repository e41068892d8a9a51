package org.sifregistry.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for share links and API tokens, and the hash under which they are stored. 256 random bits make a
 * token unguessable; storing only its sha256 means lookups compare hashes, never the secret itself.
 * <p>
 * That lookup (an indexed {@code WHERE hash = ?}) need not take constant time: however much its timing tells about
 * how many leading characters of a stored hash match the hash of a guess, no one can make up a guess whose hash has
 * a chosen prefix (that would break sha256), so the timing leads no closer to any token. A database dump likewise
 * holds no usable token. Secrets compared as they are, like the HMACs of signed URLs, use
 * {@link MessageDigest#isEqual}.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private Secrets() {
    }

    /** A URL-safe token of 256 random bits. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256Hex(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
