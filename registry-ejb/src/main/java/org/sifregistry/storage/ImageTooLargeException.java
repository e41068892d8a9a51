package org.sifregistry.storage;

import java.util.Locale;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/** An upload went past the size limit; what arrived so far has been thrown away. */
public class ImageTooLargeException extends InvalidInputException {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private final long limit;

    public ImageTooLargeException(long limit) {
        super("image", ErrorKey.IMAGE_TOO_LARGE, readable(limit));
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }

    /** Binary units, because limits are configured as powers of two and "512 MiB" reads better than its bytes. */
    static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
    }
}
