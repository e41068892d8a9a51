package org.sifregistry.sif;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any file is read as an image or refused with a {@link SifFormatException} that says why, and reading it takes
 * no more bytes than {@link SifLimits} allow. The randomised {@link SifReaderCorruptionTest} mutates fixture
 * images blindly; this one is guided by coverage, from the committed fixture images as seeds.
 */
class SifReaderFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final SifLimits LIMITS = SifLimits.DEFAULTS;
    private static final long READ_BOUND = RawHeader.SIZE + (long) LIMITS.maxDescriptors() * RawDescriptor.SIZE
            + LIMITS.maxTotalBytes() + LIMITS.maxDigestBytes();

    private final SifReader reader = new SifReader(LIMITS);

    @FuzzTest(maxDuration = "20s")
    void readGivesAnImageOrASifFormatExceptionWithinTheLimits(byte[] file) {
        assertTimeout(PER_INPUT, () -> check(file));
    }

    private void check(byte[] file) throws IOException {
        TestChannel channel = TestChannel.of(file);
        try {
            reader.read(channel);
        } catch (SifFormatException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
        }
        assertTrue(channel.bytesRead() <= READ_BOUND, () -> "read " + channel.bytesRead() + " bytes");
    }
}
