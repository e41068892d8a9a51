package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class ByteRangeTest {

    @Test
    void allCoversTheWholeImage() {
        ByteRange all = ByteRange.all(1000);
        assertEquals(new ByteRange(0, 1000), all);
        assertEquals(999, all.end());
        assertEquals("bytes 0-999/1000", all.contentRange(1000));
    }

    @Test
    void firstToLast() {
        assertEquals(new ByteRange(0, 100), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(new ByteRange(200, 300), ByteRange.parse("bytes=200-499", 1000));
        assertEquals(new ByteRange(5, 1), ByteRange.parse("bytes=5-5", 1000));
    }

    @Test
    void lastBeyondTheImageIsClamped() {
        assertEquals(new ByteRange(900, 100), ByteRange.parse("bytes=900-5000", 1000));
        assertEquals(new ByteRange(900, 100), ByteRange.parse("bytes=900-99999999999999999999999", 1000));
    }

    @Test
    void openEnded() {
        ByteRange range = ByteRange.parse("bytes=400-", 1000);
        assertEquals(new ByteRange(400, 600), range);
        assertEquals("bytes 400-999/1000", range.contentRange(1000));
    }

    @Test
    void suffix() {
        assertEquals(new ByteRange(900, 100), ByteRange.parse("bytes=-100", 1000));
        assertEquals(new ByteRange(0, 1000), ByteRange.parse("bytes=-5000", 1000), "a suffix longer than the image");
    }

    @Test
    void unitIsCaseInsensitiveAndSurroundingSpaceIgnored() {
        assertEquals(new ByteRange(0, 10), ByteRange.parse("  Bytes=0-9 ", 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-1200", "bytes=99999999999999999999999-", "bytes=-0"})
    void unsatisfiable(String header) {
        RangeNotSatisfiableException e = assertThrows(RangeNotSatisfiableException.class,
                () -> ByteRange.parse(header, 1000));
        assertEquals(1000, e.total());
        assertEquals("range", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-", "bytes=-1", "bytes=0-0"})
    void nothingIsSatisfiableInAnEmptyImage(String header) {
        assertEquals(0, assertThrows(RangeNotSatisfiableException.class, () -> ByteRange.parse(header, 0)).total());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"bytes=", "bytes=-", "bytes=a-b", "bytes=5-2", "bytes=1.5-2", "bytes=+1-2",
            "bytes= 0-1", "items=0-1", "0-1", "bytes 0-1"})
    void malformed(String header) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ByteRange.parse(header, 1000));
        assertEquals(InvalidInputException.class, e.getClass(), "not mistaken for an unsatisfiable range");
        assertEquals("range", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-1,5-9", "bytes=0-1, -5", "bytes=0-1,"})
    void severalRangesAreRefused(String header) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ByteRange.parse(header, 1000));
        assertEquals("Only a single byte range is supported", e.getMessage());
    }

    @Test
    void rejectsImpossibleRanges() {
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(Long.MAX_VALUE, 1));
    }
}
