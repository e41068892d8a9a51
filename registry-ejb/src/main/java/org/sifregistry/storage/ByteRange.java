package org.sifregistry.storage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/** A run of {@code length} bytes starting at offset {@code start}: what a download serves. */
public record ByteRange(long start, long length) {

    private static final String UNIT = "bytes=";
    private static final Pattern SINGLE_RANGE = Pattern.compile("(\\d*)-(\\d*)");

    public ByteRange {
        if (start < 0 || length < 0 || start > Long.MAX_VALUE - length) {
            throw new IllegalArgumentException("Not a byte range: start " + start + ", length " + length);
        }
    }

    /** The whole of an image of {@code total} bytes. */
    public static ByteRange all(long total) {
        return new ByteRange(0, total);
    }

    /** The offset of the last byte, inclusive, as HTTP counts; {@code start - 1} for an empty range. */
    public long end() {
        return start + length - 1;
    }

    /** The {@code Content-Range} value of a 206 answer: {@code bytes start-end/total}. */
    public String contentRange(long total) {
        return "bytes " + start + "-" + end() + "/" + total;
    }

    /**
     * Reads an HTTP {@code Range} header holding one range ({@code bytes=a-b}, {@code bytes=a-} or
     * {@code bytes=-n}) against an image of {@code total} bytes; a last byte beyond the image is clamped to it.
     *
     * @throws RangeNotSatisfiableException if the range starts beyond the image, the image is empty or the
     *                                      suffix is 0
     * @throws InvalidInputException        if the header is not a single byte range
     */
    public static ByteRange parse(String rangeHeader, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("total < 0: " + total);
        }
        String header = rangeHeader == null ? "" : rangeHeader.strip();
        if (!header.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            throw malformed();
        }
        String set = header.substring(UNIT.length());
        if (set.indexOf(',') >= 0) {
            // Several ranges would need a multipart/byteranges answer, which no SIF client asks for
            throw new InvalidInputException("range", ErrorKey.RANGE_MULTIPLE);
        }
        Matcher matcher = SINGLE_RANGE.matcher(set);
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            throw malformed();
        }
        if (matcher.group(1).isEmpty()) {
            return suffix(count(matcher.group(2)), total);
        }
        long first = count(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : count(matcher.group(2));
        if (last < first) {
            throw malformed();
        }
        if (first >= total) {
            throw new RangeNotSatisfiableException(total);
        }
        return new ByteRange(first, Math.min(last, total - 1) - first + 1);
    }

    private static ByteRange suffix(long wanted, long total) {
        if (wanted == 0 || total == 0) {
            throw new RangeNotSatisfiableException(total);
        }
        long length = Math.min(wanted, total);
        return new ByteRange(total - length, length);
    }

    /**
     * The digits are already checked, so only overflow can fail; a number past any file size still has a
     * meaning (beyond the end), which saturating keeps.
     */
    private static long count(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException("range", ErrorKey.RANGE_FORM);
    }
}
