package org.sifregistry.key.domain;

import java.util.HexFormat;
import java.util.Locale;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * What an HKP {@code search=} asks for: "0x" and hex digits name a key by its fingerprint (40 or 64 digits), its key
 * id (16) or its short key id (8); anything else is text that a user id contains (an e-mail address, a name).
 */
public record KeySearch(Kind kind, String value) {

    public static final int TEXT_MAX_LENGTH = 255;
    public static final int TEXT_MIN_LENGTH = 3;

    public enum Kind { FINGERPRINT, KEY_ID, SHORT_KEY_ID, TEXT }

    public static KeySearch parse(String search) {
        String text = search == null ? "" : search.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("search", ErrorKey.KEY_SEARCH_REQUIRED);
        }
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            String hex = text.substring(2).toUpperCase(Locale.ROOT);
            Kind kind = switch (hex.length()) {
                case 40, 64 -> Kind.FINGERPRINT;
                case 16 -> Kind.KEY_ID;
                case 8 -> Kind.SHORT_KEY_ID;
                default -> null;
            };
            if (kind == null || !isHex(hex)) {
                throw new InvalidInputException("search", ErrorKey.KEY_SEARCH_HEX, text);
            }
            return new KeySearch(kind, hex);
        }
        if (text.length() < TEXT_MIN_LENGTH || text.length() > TEXT_MAX_LENGTH) {
            throw new InvalidInputException("search", ErrorKey.KEY_SEARCH_TEXT, TEXT_MIN_LENGTH, TEXT_MAX_LENGTH);
        }
        return new KeySearch(Kind.TEXT, text.toLowerCase(Locale.ROOT));
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(HexFormat::isHexDigit);
    }

    /** Names one key at most: a fingerprint, or a key id, which the keystore keeps unique in practice. */
    public boolean isExact() {
        return kind == Kind.FINGERPRINT || kind == Kind.KEY_ID;
    }
}
