package org.sifregistry.storage.health;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free space the image store must keep, below which the server reports itself not ready: a push needs room
 * for the whole image in the staging area before it is published, so a nearly full disk fails pushes half way.
 * Written as bytes or with a binary unit ({@code 1073741824}, {@code 1GiB}, {@code 512M}); {@code 0} turns it off.
 */
public record FreeSpaceFloor(long bytes) {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]i?b?|b)?");
    private static final Map<Character, Integer> SHIFTS = Map.of('b', 0, 'k', 10, 'm', 20, 'g', 30, 't', 40);

    public FreeSpaceFloor {
        if (bytes < 0) {
            throw new IllegalArgumentException("A free space floor cannot be negative: " + bytes);
        }
    }

    /** @throws IllegalArgumentException if {@code text} is no size, or one beyond what a long holds */
    public static FreeSpaceFloor parse(String text) {
        Matcher size = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!size.matches()) {
            throw new IllegalArgumentException("Not a size in bytes or with a unit such as 1GiB: '" + text + "'");
        }
        int shift = size.group(2) == null ? 0 : SHIFTS.get(size.group(2).charAt(0));
        try {
            long number = Long.parseLong(size.group(1));
            if (number > Long.MAX_VALUE >> shift) {
                throw new NumberFormatException();
            }
            return new FreeSpaceFloor(number << shift);
        } catch (NumberFormatException tooLarge) {
            throw new IllegalArgumentException("Too large a size: '" + text + "'", tooLarge);
        }
    }

    /** Whether {@code usableBytes} free on the store's file system keep it at or above the floor. */
    public boolean isMetBy(long usableBytes) {
        return usableBytes >= bytes;
    }
}
