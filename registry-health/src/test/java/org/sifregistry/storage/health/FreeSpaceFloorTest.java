package org.sifregistry.storage.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FreeSpaceFloorTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "1073741824, 1073741824",
            "512b, 512",
            "1k, 1024",
            "1KiB, 1024",
            "512MiB, 536870912",
            "512 M, 536870912",
            "1GiB, 1073741824",
            "1gb, 1073741824",
            "' 2G ', 2147483648",
            "3TiB, 3298534883328"})
    void readsBytesOrABinaryUnit(String text, long bytes) {
        assertEquals(bytes, FreeSpaceFloor.parse(text).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GiB", "-1", "1.5GiB", "1 PiB", "1GiBs", "ten", "8589934592GiB",
            "99999999999999999999"})
    void refusesWhatIsNoSize(String text) {
        assertThrows(IllegalArgumentException.class, () -> FreeSpaceFloor.parse(text));
    }

    @Test
    void isMetAtOrAboveItsBytes() {
        FreeSpaceFloor floor = FreeSpaceFloor.parse("1KiB");

        assertTrue(floor.isMetBy(1024));
        assertTrue(floor.isMetBy(Long.MAX_VALUE));
        assertFalse(floor.isMetBy(1023));
    }

    @Test
    void zeroIsMetByAFullDisk() {
        assertTrue(FreeSpaceFloor.parse("0").isMetBy(0));
    }

    @Test
    void cannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new FreeSpaceFloor(-1));
    }
}
