package org.sifregistry.sif;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Turning stored bytes into strings. Plain text (definition file, environment, names, launch script) is decoded
 * leniently: invalid UTF-8 becomes U+FFFD, since it is only shown to people. JSON must be valid UTF-8 (RFC 8259), so
 * {@link #strictUtf8} rejects it. NUL characters become U+FFFD everywhere, since databases refuse them in text.
 */
final class Text {
    private static final char REPLACEMENT = '\uFFFD';
    /** time.Time{}.Unix(): January 1st of year 1. */
    private static final long GO_ZERO_TIME = -62135596800L;

    private Text() {
    }

    static String lenient(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return clean(new String(bytes, 0, end, StandardCharsets.UTF_8));
    }

    /** A NUL-padded fixed-size field such as the launch script or an object name. */
    static String fixedField(byte[] bytes, int offset, int length) {
        int end = offset + length;
        while (end > offset && bytes[end - 1] == 0) {
            end--;
        }
        return clean(new String(bytes, offset, end - offset, StandardCharsets.UTF_8));
    }

    static String strictUtf8(byte[] bytes, String what) throws SifFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new SifFormatException(what + " is not valid UTF-8 (bad byte at offset " + in.position() + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new SifFormatException(what + " is not valid UTF-8 (it ends inside a character)");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String clean(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace('\0', REPLACEMENT);
    }

    /** Shows bytes for an error message: printable ASCII as is, the rest as \xNN. */
    static String printable(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = offset; i < offset + length && i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }

    /**
     * Seconds since the epoch as an Instant; null when unset (0, or Go's zero time.Time, which deterministic
     * images carry) and for values no Instant can hold.
     */
    static Instant unixTime(long seconds) {
        if (seconds == 0 || seconds == GO_ZERO_TIME
                || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }

    static String hex(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder(length * 2);
        for (int i = offset; i < offset + length; i++) {
            out.append(Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xf, 16)));
            out.append(Character.toUpperCase(Character.forDigit(bytes[i] & 0xf, 16)));
        }
        return out.toString();
    }
}
