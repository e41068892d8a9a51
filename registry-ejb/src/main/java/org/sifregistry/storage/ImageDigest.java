package org.sifregistry.storage;

import java.io.Serializable;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;

/**
 * The sha256 of an image file: the key of the image store and, printed as {@code sha256.<hex>}, a container's version.
 */
public record ImageDigest(String hex) implements Serializable {

    public static final String VERSION_PREFIX = "sha256.";
    /** The hex digits of a sha256. */
    public static final int HEX_LENGTH = 64;
    /** The length of {@link #version()}: the prefix and 64 hex digits; a constant, for the columns that hold it. */
    public static final int VERSION_LENGTH = 71;
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public ImageDigest {
        if (hex == null || !HEX_64.matcher(hex).matches()) {
            throw new InvalidInputException("version", ErrorKey.DIGEST_HEX, UserText.quoted(hex));
        }
    }

    /** Reads {@code sha256.<hex>} (the registry's and the library API's form), {@code sha256:<hex>} or bare hex. */
    public static ImageDigest parse(String text) {
        if (text == null) {
            throw new InvalidInputException("version", ErrorKey.VERSION_REQUIRED);
        }
        String lower = UserText.trimmed(text).toLowerCase(Locale.ROOT);
        if (lower.startsWith(VERSION_PREFIX) || lower.startsWith("sha256:")) {
            lower = lower.substring(VERSION_PREFIX.length());
        }
        if (!HEX_64.matcher(lower).matches()) {
            throw new InvalidInputException("version", ErrorKey.VERSION_FORM, UserText.quoted(text));
        }
        return new ImageDigest(lower);
    }

    public static ImageDigest of(byte[] sha256) {
        return new ImageDigest(HexFormat.of().formatHex(sha256));
    }

    /** The {@code sha256.<hex>} form shown to users and clients. */
    public String version() {
        return VERSION_PREFIX + hex;
    }

    @Override
    public String toString() {
        return version();
    }
}
