package org.sifregistry.common;

import java.util.Locale;

/**
 * What a visitor typed into a list's search box: trimmed, lowercased and bounded, and matched as "contains"
 * against a lowercased column, so {@code maint} finds the label key {@code MAINTAINER}.
 */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 128;

    public SearchText {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            value = value.substring(0, MAX_LENGTH);
        }
    }

    public static SearchText of(String text) {
        return new SearchText(text);
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching text that contains this. */
    public String likePattern() {
        return LikePattern.containing(value);
    }
}
