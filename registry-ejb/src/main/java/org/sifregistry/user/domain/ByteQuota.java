package org.sifregistry.user.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sifregistry.common.ByteSize;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * How many bytes of images an account (a user or a team) may hold, or {@link #UNLIMITED}. Written as a number of
 * bytes, or with a binary unit ({@code 500 MiB}, {@code 10G}: powers of 1024), or {@code unlimited}.
 */
public record ByteQuota(long limit) implements Serializable {

    /** No cap. Its limit is -1, which an account's quota column keeps apart from null, "the default". */
    public static final ByteQuota UNLIMITED = new ByteQuota(-1);

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(?:([KMGTP])(?:I?B)?|B)?");
    private static final String UNIT_LETTERS = "KMGTP";

    public ByteQuota {
        if (limit < -1) {
            throw new IllegalArgumentException("A quota is -1 (unlimited) or a number of bytes, not " + limit);
        }
    }

    /** What an admin writes to have an account follow the registry's default quota again. */
    public static final String DEFAULT = "default";

    /** Reads an account's quota as admins set it: a quota, or {@link #DEFAULT} (empty). */
    public static Optional<ByteQuota> parseOverride(String text) {
        return text != null && text.strip().equalsIgnoreCase(DEFAULT) ? Optional.empty() : Optional.of(parse(text));
    }

    /** Reads a quota as admins write it; refuses anything else, saying how to write one. */
    public static ByteQuota parse(String text) {
        String written = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (written.equals("UNLIMITED")) {
            return UNLIMITED;
        }
        Matcher size = SIZE.matcher(written);
        if (!size.matches()) {
            throw new InvalidInputException("quota", ErrorKey.QUOTA_FORM, text);
        }
        try {
            long number = Long.parseLong(size.group(1));
            int shift = size.group(2) == null ? 0 : 10 * (UNIT_LETTERS.indexOf(size.group(2)) + 1);
            if (shift > 0 && number > Long.MAX_VALUE >> shift) {
                throw new InvalidInputException("quota", ErrorKey.QUOTA_FORM, text);
            }
            return new ByteQuota(number << shift);
        } catch (NumberFormatException tooLong) {
            throw new InvalidInputException("quota", ErrorKey.QUOTA_FORM, text);
        }
    }

    public boolean isUnlimited() {
        return limit < 0;
    }

    /** Whether {@code added} more bytes fit next to the {@code usage} already held. */
    public boolean admits(long usage, long added) {
        return isUnlimited() || usage + added <= limit;
    }

    /** The part of the quota {@code usage} takes, in whole percent (0 when unlimited, over 100 when past it). */
    public int percentUsed(long usage) {
        if (isUnlimited()) {
            return 0;
        }
        return limit == 0 ? (usage == 0 ? 0 : 100) : (int) Math.min(Integer.MAX_VALUE, (double) usage * 100 / limit);
    }

    /** "10 GiB", or "unlimited". */
    @Override
    public String toString() {
        return isUnlimited() ? "unlimited" : ByteSize.readable(limit);
    }
}
