package org.sifregistry.common;

/** LIKE patterns for searches typed by users: LIKE's own wildcards in the text match themselves (ESCAPE '\'). */
public final class LikePattern {

    private LikePattern() {
    }

    /** A pattern matching values that contain {@code text}. */
    public static String containing(String text) {
        return "%" + startingWith(text);
    }

    /** A pattern matching values that start with {@code text}. */
    public static String startingWith(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
