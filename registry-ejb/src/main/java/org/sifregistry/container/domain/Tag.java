package org.sifregistry.container.domain;

import java.io.Serializable;
import java.util.Locale;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;

/**
 * A container's tag, the part after {@code :} in a reference. Unlike names, a tag may hold {@code .} and {@code _}
 * because tags are often versions ({@code v1.0}, {@code 2024_06}). Trimmed and lowercased on creation.
 */
public record Tag(String value) implements Serializable {

    public static final int MAX_LENGTH = 128;
    public static final Tag LATEST = new Tag("latest");

    public Tag {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("tag", ErrorKey.TAG_REQUIRED);
        }
        String tag = UserText.trimmed(value);
        // Checked before lowercasing: toLowerCase turns some non-ASCII letters (the Kelvin sign) into ASCII ones.
        int bad = tag.codePoints().filter(c -> !isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-')
                .findFirst().orElse(-1);
        if (bad >= 0) {
            throw new InvalidInputException("tag", ErrorKey.TAG_CHARACTERS, UserText.quoted(tag),
                    UserText.character(bad));
        }
        if (!isAsciiLetterOrDigit(tag.charAt(0))) {
            throw new InvalidInputException("tag", ErrorKey.TAG_START, UserText.quoted(tag));
        }
        // A reference refuses '..' as path traversal; refusing it here too keeps every tag printable in a reference.
        if (tag.contains("..")) {
            throw new InvalidInputException("tag", ErrorKey.TAG_DOTS, UserText.quoted(tag));
        }
        if (tag.length() > MAX_LENGTH) {
            throw new InvalidInputException("tag", ErrorKey.TAG_TOO_LONG, UserText.quoted(tag), tag.length(), MAX_LENGTH);
        }
        value = tag.toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
