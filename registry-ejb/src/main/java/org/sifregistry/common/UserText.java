package org.sifregistry.common;

/**
 * Text a user or client sent, as the registry reads it and as its messages quote it back. A message that echoes
 * input verbatim could be flooded (a 10,000-character name) or disguised (a right-to-left override, a newline that
 * fakes a second line in a terminal or a log), so quotes are cut short and invisible characters are spelled out.
 */
public final class UserText {

    /** Enough to recognise what one typed; beyond it the quote is cut and says how long the input was. */
    static final int QUOTE_LIMIT = 256;

    private UserText() {
    }

    /**
     * {@code text} without the blanks a form or a paste adds around it: spaces, tabs, carriage returns and line
     * feeds. Unlike {@link String#trim()} it keeps other control characters, so that a rule refuses them instead of
     * silently dropping them from the ends.
     */
    public static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** {@code text} in single quotes, for a message: at most {@value #QUOTE_LIMIT} characters, invisible ones named. */
    public static String quoted(String text) {
        if (text == null) {
            return "nothing";
        }
        int length = text.codePointCount(0, text.length());
        return length > QUOTE_LIMIT
                ? "'" + visible(text) + "...' (" + length + " characters)"
                : "'" + visible(text) + "'";
    }

    /**
     * Text that may hold what a user sent (a parser's message quoting it), as a message may show it: cut at
     * {@value #QUOTE_LIMIT} characters, invisible ones named.
     */
    public static String abbreviated(String text) {
        return text.codePointCount(0, text.length()) > QUOTE_LIMIT ? visible(text) + "..." : visible(text);
    }

    /** The first {@value #QUOTE_LIMIT} characters of {@code text}, with those that cannot be seen named. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length() && count < QUOTE_LIMIT; count++) {
            int c = text.codePointAt(i);
            shown.append(isInvisible(c) ? "[" + codePoint(c) + "]" : Character.toString(c));
            i += Character.charCount(c);
        }
        return shown.toString();
    }

    /** One character for a message: {@code '_'}, or {@code U+202E} for one that cannot be seen. */
    public static String character(int c) {
        return isInvisible(c) ? codePoint(c) : "'" + Character.toString(c) + "'";
    }

    /** Control and format characters (a newline, a NUL, a right-to-left override, a zero-width space), and the like. */
    public static boolean isInvisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                    Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> c != ' ';
            default -> false;
        };
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
