package org.sifregistry.user.domain;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotSignedInException;

/**
 * The credential of the original registry's own client ({@code sregistry push}): {@code SREGISTRY-HMAC-SHA256
 * Credential=<kind>/<base64 user>/<YYYYMMDDTHHZ>,Signature=<hex>}, where the signature is HMAC-SHA256 keyed with the
 * user's API token over {@code "<kind>|<collection>|<timestamp>|<image>|<tag>|"} (ha-ops.md §3). Parsed strictly, so
 * that anything else is a clear 401 rather than a failure of ours.
 *
 * @param kind      what the client signed for: {@code push} (asking for an upload) or {@code upload} (sending it)
 * @param username  the user, decoded from Base64
 * @param timestamp the UTC hour the client signed in, as it wrote it
 * @param signature the HMAC in lowercase hex, as Python's {@code hexdigest()} writes it
 */
public record SregistryAuthorization(String kind, String username, String timestamp, String signature) {

    public static final String SCHEME = "SREGISTRY-HMAC-SHA256";
    public static final String KIND_PUSH = "push";
    public static final String KIND_UPLOAD = "upload";

    /** The client's {@code strftime("%Y%m%dT%HZ")} of the current UTC time. */
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{8}T[0-9]{2}Z");
    private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KIND = Pattern.compile("[a-z]{1,16}");
    private static final String ALGORITHM = "HmacSHA256";

    /**
     * Reads an Authorization header as the original server does (the scheme, one space, then {@code Credential=...}
     * and {@code Signature=...} separated by a comma; the credential in exactly three parts), but refuses what it
     * would have failed on.
     *
     * @throws NotSignedInException if the header is missing or is not such a credential
     */
    public static SregistryAuthorization parse(String header) {
        if (header == null || header.isBlank()) {
            throw new NotSignedInException(ErrorKey.SREGISTRY_AUTH_MISSING);
        }
        String[] schemeAndRest = header.strip().split(" ", -1);
        if (schemeAndRest.length != 2 || !SCHEME.equals(schemeAndRest[0])) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_SCHEME);
        }
        String[] fields = schemeAndRest[1].split(",", -1);
        if (fields.length != 2) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_SCHEME);
        }
        String credential = null;
        String signature = null;
        for (String field : fields) {
            int equals = field.indexOf('=');
            String name = equals < 0 ? field : field.substring(0, equals);
            String value = equals < 0 ? null : field.substring(equals + 1);
            if ("Credential".equals(name) && credential == null) {
                credential = value;
            } else if ("Signature".equals(name) && signature == null) {
                signature = value;
            } else {
                throw malformed(ErrorKey.SREGISTRY_AUTH_SCHEME);
            }
        }
        if (credential == null || signature == null) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_SCHEME);
        }
        String[] parts = credential.split("/", -1);
        if (parts.length != 3) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_CREDENTIAL);
        }
        if (!KIND.matcher(parts[0]).matches()) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_CREDENTIAL);
        }
        if (!TIMESTAMP.matcher(parts[2]).matches()) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_CREDENTIAL);
        }
        if (!HEX_SIGNATURE.matcher(signature).matches()) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_SIGNATURE_FORM);
        }
        return new SregistryAuthorization(parts[0], decodeUsername(parts[1]), parts[2], signature);
    }

    /** What the client writes as the timestamp at {@code instant}. */
    public static String timestamp(Instant instant) {
        return HOUR.format(instant);
    }

    /**
     * Whether the client signed within this UTC hour or the one before. The original accepts only the current hour,
     * so a push that starts at 13:59:59 fails at 14:00; the hour before keeps it working (two steps, a slow upload)
     * while a captured header still lapses within two hours.
     */
    public boolean isFreshAt(Instant now) {
        return timestamp.equals(timestamp(now)) || timestamp.equals(timestamp(now.minus(Duration.ofHours(1))));
    }

    /** The text the client signs. */
    public String payload(String collection, String image, String tag) {
        return String.join("|", kind, collection, timestamp, image, tag) + "|";
    }

    /** Whether {@code token} signed this request for these names; compared in constant time. */
    public boolean isSignedWith(String token, String collection, String image, String tag) {
        String expected = sign(token, payload(collection, image, tag));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The header value a client with {@code token} sends. */
    public static String header(String token, String kind, String username, String timestamp, String collection,
                                String image, String tag) {
        String credential = kind + "/" + Base64.getEncoder().encodeToString(username.getBytes(StandardCharsets.UTF_8))
                + "/" + timestamp;
        String signature = sign(token, String.join("|", kind, collection, timestamp, image, tag) + "|");
        return SCHEME + " Credential=" + credential + ",Signature=" + signature;
    }

    private static String sign(String token, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has " + ALGORITHM, e);
        }
    }

    private static String decodeUsername(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_USER, Username.MAX_LENGTH);
        }
        try {
            String username = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (username.isBlank() || username.length() > Username.MAX_LENGTH) {
                throw malformed(ErrorKey.SREGISTRY_AUTH_USER, Username.MAX_LENGTH);
            }
            return username;
        } catch (CharacterCodingException e) {
            throw malformed(ErrorKey.SREGISTRY_AUTH_USER, Username.MAX_LENGTH);
        }
    }

    private static NotSignedInException malformed(ErrorKey why, Object... arguments) {
        return new NotSignedInException(why, arguments);
    }

    /** Never the signature: it is a secret for the rest of its hour. */
    @Override
    public String toString() {
        return SCHEME + " " + kind + "/" + username + "/" + timestamp;
    }
}
