package org.sifregistry.common;

import java.util.Locale;

/**
 * The one rule for every name in the registry (collections, containers, topic tags, teams): letters, digits and
 * {@code -}, starting and ending with a letter or digit, letters made lowercase. Kept in one place so that a name
 * typed in a Faces form, sent to the REST API or read from a batch file is accepted or refused the same way.
 */
public final class NamingRule {

    private NamingRule() {
    }

    /**
     * Returns {@code raw} trimmed (of blanks only, see {@link UserText#trimmed}) and lowercased, or throws an {@link InvalidInputException} on {@code field} whose
     * message starts with the word {@code kind} ("Collection name"), quotes the input and says what is wrong.
     */
    public static String slug(String field, ErrorKey kind, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, ErrorKey.NAME_REQUIRED, kind);
        }
        String name = UserText.trimmed(raw);
        // Checked before lowercasing: toLowerCase turns some non-ASCII letters (the Kelvin sign) into ASCII ones.
        int bad = name.codePoints().filter(c -> !isAsciiLetterOrDigit(c) && c != '-').findFirst().orElse(-1);
        if (bad >= 0) {
            throw new InvalidInputException(field, ErrorKey.NAME_CHARACTERS, kind, UserText.quoted(name),
                    UserText.character(bad));
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            throw new InvalidInputException(field, ErrorKey.NAME_ENDS, kind, UserText.quoted(name));
        }
        if (name.length() > maxLength) {
            throw new InvalidInputException(field, ErrorKey.NAME_TOO_LONG, kind, UserText.quoted(name), name.length(),
                    maxLength);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
