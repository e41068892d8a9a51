package org.sifregistry.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.InvalidInputException;

class ByteQuotaTest {

    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "500 MiB, 524288000", "10G, 10737418240", "10gib, 10737418240",
            "2 TB, 2199023255552", "64k, 65536", "0, 0", "7B, 7"})
    void readsBytesAndBinaryUnits(String written, long bytes) {
        assertEquals(bytes, ByteQuota.parse(written).limit());
    }

    @Test
    void readsUnlimited() {
        assertTrue(ByteQuota.parse(" Unlimited ").isUnlimited());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "ten", "1.5 GiB", "10 XB", "99999999999999999999", "9000000 PiB"})
    void refusesAnythingElseSayingHowToWriteOne(String written) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> ByteQuota.parse(written));
        assertTrue(refusal.getMessage().contains("binary unit"), refusal.getMessage());
    }

    @Test
    void admitsUpToItsLimitExactly() {
        ByteQuota quota = new ByteQuota(100);

        assertTrue(quota.admits(60, 40));
        assertFalse(quota.admits(60, 41));
        assertTrue(ByteQuota.UNLIMITED.admits(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2));
    }

    @Test
    void saysWhatPartIsUsed() {
        ByteQuota quota = new ByteQuota(1000);

        assertEquals(90, quota.percentUsed(900));
        assertEquals(150, quota.percentUsed(1500));
        assertEquals(0, ByteQuota.UNLIMITED.percentUsed(1 << 30));
        assertEquals(100, new ByteQuota(0).percentUsed(1));
    }

    @Test
    void readsAsPeopleWriteIt() {
        assertEquals("10 GiB", new ByteQuota(10L << 30).toString());
        assertEquals("unlimited", ByteQuota.UNLIMITED.toString());
    }
}
