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
     * message starts with {@code label} ("Collection name"), quotes the input and says what is wrong.
     */
    public static String slug(String field, String label, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, label + " is required");
        }
        String name = UserText.trimmed(raw);
        // Checked before lowercasing: toLowerCase turns some non-ASCII letters (the Kelvin sign) into ASCII ones.
        int bad = name.codePoints().filter(c -> !isAsciiLetterOrDigit(c) && c != '-').findFirst().orElse(-1);
        if (bad >= 0) {
            throw new InvalidInputException(field, label + " " + UserText.quoted(name)
                    + " may contain only lowercase letters, digits and '-' (found " + UserText.character(bad) + ")");
        }
        if (name.startsWith("-") || name.endsWith("-")) {
            throw new InvalidInputException(field, label + " " + UserText.quoted(name)
                    + " must start and end with a letter or digit");
        }
        if (name.length() > maxLength) {
            throw new InvalidInputException(field, label + " " + UserText.quoted(name) + " is " + name.length()
                    + " characters long; the limit is " + maxLength);
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
