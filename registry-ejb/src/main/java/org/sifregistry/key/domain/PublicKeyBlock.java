package org.sifregistry.key.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * An ASCII-armored block of OpenPGP public keys, as {@code apptainer key push} and {@code gpg --export --armor}
 * send it: each key with its fingerprint, user ids and its own armored text, to be stored and served one by one.
 */
public final class PublicKeyBlock {

    /** Far more than a 16384-bit RSA key with many user ids and signatures. */
    public static final int MAX_LENGTH = 256 * 1024;
    public static final int MAX_KEYS = 16;
    private static final String PRIVATE_KEY_HEADER = "-----BEGIN PGP PRIVATE KEY BLOCK-----";
    private static final String PUBLIC_KEY_HEADER = "-----BEGIN PGP PUBLIC KEY BLOCK-----";

    /** One public key: its primary key's facts, the user ids it carries, and the whole key re-armored. */
    public record Key(String fingerprint, String keyId, int algorithm, int bits, Instant created, Instant expires,
                      List<String> userIds, String armored) {
    }

    private PublicKeyBlock() {
    }

    /** The keys of {@code text}; refuses a private key, text that is no key, and more than {@link #MAX_KEYS}. */
    public static List<Key> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("keytext", ErrorKey.KEY_REQUIRED);
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("keytext", ErrorKey.KEY_TOO_LARGE, MAX_LENGTH / 1024);
        }
        if (text.contains(PRIVATE_KEY_HEADER)) {
            throw new InvalidInputException("keytext", ErrorKey.KEY_PRIVATE);
        }
        List<Key> keys = new ArrayList<>();
        for (String armored : armoredBlocks(text)) {
            keys.addAll(keysOf(armored));
            if (keys.size() > MAX_KEYS) {
                throw new InvalidInputException("keytext", ErrorKey.KEY_TOO_MANY, MAX_KEYS);
            }
        }
        if (keys.isEmpty()) {
            throw new InvalidInputException("keytext", ErrorKey.KEY_UNREADABLE);
        }
        return keys;
    }

    /** Each armored block of the text: a decoder reads only the first, and files of keys put several in a row. */
    private static List<String> armoredBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        int start = text.indexOf(PUBLIC_KEY_HEADER);
        if (start < 0) {
            return List.of(text.strip());
        }
        while (start >= 0) {
            int next = text.indexOf(PUBLIC_KEY_HEADER, start + PUBLIC_KEY_HEADER.length());
            blocks.add(text.substring(start, next < 0 ? text.length() : next));
            start = next;
        }
        return blocks;
    }

    private static List<Key> keysOf(String armored) {
        List<Key> keys = new ArrayList<>();
        try (InputStream in = PGPUtil.getDecoderStream(
                new ByteArrayInputStream(armored.getBytes(StandardCharsets.UTF_8)))) {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            for (Iterator<PGPPublicKeyRing> it = rings.getKeyRings(); it.hasNext(); ) {
                keys.add(key(it.next()));
            }
        } catch (IOException | PGPException | RuntimeException e) {
            throw new InvalidInputException("keytext", ErrorKey.KEY_UNREADABLE);
        }
        return keys;
    }

    /** The key ring of one stored {@link Key#armored()} text. */
    static PGPPublicKeyRing ring(String armored) throws IOException {
        try (InputStream in = PGPUtil.getDecoderStream(
                new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
            return new PGPPublicKeyRing(in, new BcKeyFingerprintCalculator());
        }
    }

    private static Key key(PGPPublicKeyRing ring) throws IOException {
        PGPPublicKey primary = ring.getPublicKey();
        List<String> userIds = new ArrayList<>();
        primary.getUserIDs().forEachRemaining(userIds::add);
        Instant created = primary.getCreationTime().toInstant();
        long validSeconds = primary.getValidSeconds();
        byte[] encoded = ring.getEncoded();
        return new Key(HexFormat.of().withUpperCase().formatHex(primary.getFingerprint()),
                String.format(Locale.ROOT, "%016X", primary.getKeyID()), primary.getAlgorithm(),
                primary.getBitStrength(), created, validSeconds > 0 ? created.plusSeconds(validSeconds) : null,
                userIds, armor(encoded));
    }

    private static String armor(byte[] encoded) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = ArmoredOutputStream.builder().clearHeaders().build(text)) {
            out.write(encoded);
        }
        return text.toString(StandardCharsets.US_ASCII);
    }
}
