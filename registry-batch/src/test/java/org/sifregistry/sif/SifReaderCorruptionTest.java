package org.sifregistry.sif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Damaged images must give a SifFormatException and nothing else. The randomised part is reproducible: each
 * iteration draws from {@code new Random(seed * 1_000_003 + iteration)}; set -Dsif.fuzz.seed and
 * -Dsif.fuzz.iterations to explore further.
 */
class SifReaderCorruptionTest {
    private static final long SEED = Long.getLong("sif.fuzz.seed", 20_240_601L);
    private static final int ITERATIONS = Integer.getInteger("sif.fuzz.iterations", 6000);
    private static final String[] BASES = {"built.sif", "one-group-signed.sif", "one-group-signed-legacy-group.sif",
        "two-groups-signed-legacy-all.sif", "one-object-sbom.sif", "legacy.simg"};
    private static final long[] EXTREME_LONGS = {Long.MAX_VALUE, Long.MIN_VALUE, -1, 0, 1, 128, 4096, 585,
        Integer.MAX_VALUE, 1L << 32, -62_135_596_800L, Long.MAX_VALUE - 100};
    private static final int[] EXTREME_INTS = {Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 1, 2, 0xf0000000,
        0xf0000001, 0xf0000002, 0x4001, 0x4003, 0x4004, 0x4005, 0x4006, 0x4009, 0x400a};
    /** Descriptor fields: offset within the descriptor and width. */
    private static final int[][] DESCRIPTOR_FIELDS = {{0, 4}, {4, 1}, {5, 4}, {9, 4}, {13, 4}, {17, 8}, {25, 8},
        {41, 8}, {49, 8}, {201, 4}, {205, 4}, {209, 3}};

    private final SifReader reader = new SifReader(SifLimits.DEFAULTS);

    /** Hang guard only, not a speed check: a reader stuck in a loop fails instead of blocking the build. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void randomlyDamagedImagesReadOrFailCleanly() {
        List<byte[]> bases = new ArrayList<>();
        for (String name : BASES) {
            bases.add(Fixtures.bytes(name));
        }
        bases.add(new TestSifWriter(6)
                .add(SifDataType.LABELS, "{\"a\":{\"b\":[1,2,{\"c\":null}]},\"d\":\"e\"}", "labels")
                .add(SifDataType.GENERIC_JSON, "{\"data\":{\"attributes\":{\"runscript\":\"x\"}}}", "m.json")
                .add(SifDataType.PARTITION, new byte[64], "p", TestSifWriter.partitionExtra(1, 2, "02"))
                .build());
        SifLimits limits = SifLimits.DEFAULTS;
        long readBound = RawHeader.SIZE + (long) limits.maxDescriptors() * RawDescriptor.SIZE
                + limits.maxTotalBytes() + limits.maxDigestBytes();
        int succeeded = 0;
        int rejected = 0;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Random random = new Random(SEED * 1_000_003 + iteration);
            int baseIndex = random.nextInt(bases.size());
            byte[] image = bases.get(baseIndex).clone();
            List<String> applied = new ArrayList<>();
            int mutations = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
            for (int m = 0; m < mutations; m++) {
                image = mutate(image, random, applied);
            }
            TestChannel channel = TestChannel.of(image);
            try {
                reader.read(channel);
                succeeded++;
            } catch (SifFormatException e) {
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    fail(where(iteration, baseIndex, applied) + ": SifFormatException without a message");
                }
                rejected++;
            } catch (Throwable t) {
                StringWriter trace = new StringWriter();
                t.printStackTrace(new PrintWriter(trace));
                fail(where(iteration, baseIndex, applied) + ": " + t + "\n" + trace);
            }
            if (channel.bytesRead() > readBound) {
                fail(where(iteration, baseIndex, applied) + ": read " + channel.bytesRead() + " bytes");
            }
        }
        assertTrue(succeeded > ITERATIONS / 20, succeeded + " damaged images still read");
        assertTrue(rejected > ITERATIONS / 4, rejected + " damaged images rejected");
    }

    private static String where(int iteration, int baseIndex, List<String> applied) {
        String base = baseIndex < BASES.length ? BASES[baseIndex] : "TestSifWriter image";
        return "seed " + SEED + " iteration " + iteration + " (" + base + ", " + applied + ")";
    }

    private static byte[] mutate(byte[] image, Random random, List<String> applied) {
        if (image.length == 0) {
            return image;
        }
        int descriptorsOffset = image.length >= 128 ? (int) Math.min(Fixtures.getLong(image, 96), 1 << 20) : 0;
        switch (random.nextInt(7)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(Math.min(image.length, RawHeader.SIZE));
                    image[at] ^= (byte) (1 << random.nextInt(8));
                }
                applied.add("flip " + flips + " header bytes");
            }
            case 1 -> {
                int start = Math.max(0, Math.min(descriptorsOffset, image.length - 1));
                int span = Math.min(image.length - start, 6 * RawDescriptor.SIZE);
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    image[start + random.nextInt(span)] = (byte) random.nextInt(256);
                }
                applied.add("randomise " + flips + " descriptor bytes");
            }
            case 2 -> {
                int length = random.nextInt(image.length);
                image = Arrays.copyOf(image, length);
                applied.add("truncate to " + length);
            }
            case 3 -> {
                if (image.length >= RawHeader.SIZE) {
                    int field = 64 + 8 * random.nextInt(8);
                    long value = extremeLong(random, image.length);
                    Fixtures.putLong(image, field, value);
                    applied.add("header field " + field + " = " + value);
                }
            }
            case 4 -> {
                int descriptor = random.nextInt(6);
                int[] field = DESCRIPTOR_FIELDS[random.nextInt(DESCRIPTOR_FIELDS.length)];
                int at = descriptorsOffset + descriptor * RawDescriptor.SIZE + field[0];
                if (at >= 0 && at + field[1] <= image.length) {
                    if (field[1] == 8) {
                        long value = extremeLong(random, image.length);
                        Fixtures.putLong(image, at, value);
                        applied.add("descriptor " + descriptor + " field " + field[0] + " = " + value);
                    } else if (field[1] == 4) {
                        int value = random.nextBoolean() ? EXTREME_INTS[random.nextInt(EXTREME_INTS.length)]
                                : random.nextInt();
                        Fixtures.putInt(image, at, value);
                        applied.add("descriptor " + descriptor + " field " + field[0] + " = " + value);
                    } else {
                        for (int i = 0; i < field[1]; i++) {
                            image[at + i] = (byte) random.nextInt(256);
                        }
                        applied.add("descriptor " + descriptor + " field " + field[0] + " randomised");
                    }
                }
            }
            case 5 -> {
                int start = Math.min(image.length - 1, 32_176);
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    image[start + random.nextInt(Math.min(image.length - start, 12_000))] = (byte) random.nextInt(256);
                }
                applied.add("randomise " + flips + " data bytes");
            }
            default -> {
                String[] junk = {"{", "}", "[", "]", "\"", ":", ",", "null", "1e999999999", "-", "\\u0000", "\u00ff",
                    "{\"a\":", "\"\\ud800\"", "SIFHASH:\n", "-----BEGIN PGP SIGNATURE-----\n", "=", "\n", "\u0000"};
                int start = Math.min(image.length - 1, 32_176);
                int at = start + random.nextInt(Math.min(image.length - start, 12_000));
                byte[] text = junk[random.nextInt(junk.length)].getBytes(StandardCharsets.UTF_8);
                System.arraycopy(text, 0, image, at, Math.min(text.length, image.length - at));
                applied.add("write " + Arrays.toString(text) + " at " + at);
            }
        }
        return image;
    }

    private static long extremeLong(Random random, int fileSize) {
        return switch (random.nextInt(4)) {
            case 0 -> fileSize + random.nextInt(3) - 1;
            case 1 -> random.nextLong();
            case 2 -> random.nextInt(fileSize + 1);
            default -> EXTREME_LONGS[random.nextInt(EXTREME_LONGS.length)];
        };
    }

    // Hand-written cases, one per kind of damage.

    private String rejection(byte[] image) {
        return rejection(reader, image);
    }

    private static String rejection(SifReader reader, byte[] image) {
        return assertThrows(SifFormatException.class, () -> reader.read(TestChannel.of(image))).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "\"" + message + "\" should contain \"" + part + "\"");
        }
    }

    @Test
    void emptyFile() {
        assertEquals("not a SIF image: the file is empty", rejection(new byte[0]));
    }

    @Test
    void otherFile() {
        assertContains(rejection("just some text\n".getBytes(StandardCharsets.US_ASCII)), "not a SIF image",
                "no SIF_MAGIC at byte 32", "15 bytes");
        byte[] zeros = new byte[100_000];
        assertContains(rejection(zeros), "not a SIF image");
    }

    @Test
    void badMagic() {
        byte[] image = Fixtures.bytes("built.sif");
        image[33] = 'J';
        assertContains(rejection(image), "not a SIF image", "SIF_MAGIC");
    }

    @Test
    void tooShortForTheHeader() {
        byte[] image = Arrays.copyOf(Fixtures.bytes("built.sif"), 100);
        assertContains(rejection(image), "the file is 100 bytes, too short for the 128-byte SIF header");
    }

    @Test
    void unsupportedVersion() {
        byte[] image = Fixtures.bytes("built.sif");
        image[43] = '2';
        assertContains(rejection(image), "unsupported SIF version \"02\"");
    }

    @Test
    void truncatedInsideTheData() {
        byte[] image = Arrays.copyOf(Fixtures.bytes("built.sif"), 36_000);
        assertContains(rejection(image), "data section ends at byte 40960 but the file has 36000 bytes");
    }

    @Test
    void truncatedInsideTheDescriptorTable() {
        byte[] image = Arrays.copyOf(Fixtures.bytes("built.sif"), 10_000);
        assertContains(rejection(image), "descriptor table (48 descriptors of 585 bytes from byte 4096) ends at byte"
                + " 32176 but the file has 10000 bytes");
    }

    @Test
    void absurdDescriptorCounts() {
        byte[] image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, 88, 1_000_000_000_000L);
        assertContains(rejection(image), "declares 1000000000000 descriptors, more than the limit of 4096");
        Fixtures.putLong(image, 88, -3);
        assertContains(rejection(image), "negative number of descriptors (-3)");
        image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, 80, 49);
        assertContains(rejection(image), "49 of 48 descriptors are free");
        SifReader small = new SifReader(new SifLimits(16, 1 << 20, 16 << 20));
        assertContains(rejection(small, Fixtures.bytes("built.sif")),
                "declares 48 descriptors, more than the limit of 16");
    }

    @Test
    void descriptorTableOutOfPlace() {
        byte[] image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, 96, Long.MAX_VALUE);
        assertContains(rejection(image), "descriptor table", "but the file has 40960 bytes");
        Fixtures.putLong(image, 96, 64);
        assertContains(rejection(image), "starts at byte 64, inside the 128-byte header");
        image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, 104, 585);
        assertContains(rejection(image), "gives the descriptor table 585 bytes, but 48 descriptors need 28080");
    }

    @Test
    void objectOutsideTheFile() {
        byte[] image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, Fixtures.descriptorField(4, 25), 9000L);
        assertContains(rejection(image), "object 5 (Partition) ends at byte 45864 but the file has 40960 bytes");
        Fixtures.putLong(image, Fixtures.descriptorField(4, 25), Long.MAX_VALUE);
        assertContains(rejection(image), "object 5 (Partition) ends at byte 9223372036854812671");
        Fixtures.putLong(image, Fixtures.descriptorField(4, 25), -1);
        assertContains(rejection(image), "object 5 (Partition) has a negative size (-1)");
        image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, Fixtures.descriptorField(0, 17), Long.MIN_VALUE);
        assertContains(rejection(image), "object 1 (Deffile) has a negative offset");
    }

    @Test
    void overlappingObjects() {
        byte[] image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, Fixtures.descriptorField(1, 17), 32_300L); // labels into the deffile
        assertContains(rejection(image), "object 1 (Deffile) at bytes 32176-32397 and object 2 (Labels) at bytes"
                + " 32300-32442 overlap");
        image = Fixtures.bytes("built.sif");
        Fixtures.putLong(image, Fixtures.descriptorField(0, 17), 5000L);
        assertContains(rejection(image), "object 1 (Deffile) at bytes 5000-5221 overlaps the descriptor table");
        Fixtures.putLong(image, Fixtures.descriptorField(0, 17), 0L);
        assertContains(rejection(image), "overlaps the 128-byte header");
    }

    @Test
    void badObjectIds() {
        byte[] image = Fixtures.bytes("built.sif");
        Fixtures.putInt(image, Fixtures.descriptorField(2, 5), 1);
        assertContains(rejection(image), "descriptors #0 and #2 both have object id 1");
        Fixtures.putInt(image, Fixtures.descriptorField(2, 5), 0);
        assertContains(rejection(image), "descriptor #2 is in use but has object id 0");
        Fixtures.putInt(image, Fixtures.descriptorField(2, 5), -1);
        assertContains(rejection(image), "object id 4294967295");
    }

    @Test
    void objectsOverTheLimits() {
        SifReader perObject = new SifReader(new SifLimits(4096, 100, 1 << 20));
        assertContains(rejection(perObject, Fixtures.bytes("built.sif")),
                "object 1 (Deffile) is 221 bytes, more than the limit of 100 bytes for a Deffile object");
        SifReader total = new SifReader(new SifLimits(4096, 1 << 20, 500));
        assertContains(rejection(total, Fixtures.bytes("built.sif")),
                "reading object 3 (GenericJSON) (395 bytes) would take", "past the limit of 500 bytes in all");
    }

    @Test
    void badJson() {
        byte[] image = Fixtures.bytes("built.sif");
        image[32_397] = 'x'; // the Labels object's "{"
        assertContains(rejection(image), "object 2 (Labels) is not valid JSON");
        image = Fixtures.bytes("built.sif");
        image[32_539 + 8] = '}'; // {"data":{ becomes {"data":}
        assertContains(rejection(image), "object 3 (GenericJSON) is not valid JSON");
        byte[] array = new TestSifWriter(2).add(SifDataType.LABELS, "[1,2]", "l").build();
        assertContains(rejection(array), "object 1 (Labels) holds a JSON array, not a JSON object of labels");
        byte[] trailing = new TestSifWriter(2).add(SifDataType.LABELS, "{} {}", "l").build();
        assertContains(rejection(trailing), "object 1 (Labels) is not valid JSON");
        byte[] deep = new TestSifWriter(2)
                .add(SifDataType.GENERIC_JSON, "[".repeat(200_000) + "]".repeat(200_000), "deep").build();
        assertContains(rejection(deep), "object 1 (GenericJSON) is not valid JSON");
    }

    @Test
    void invalidUtf8InJsonIsRejected() {
        byte[] labels = "{\"a\":\"b?\"}".getBytes(StandardCharsets.US_ASCII);
        labels[7] = (byte) 0xff;
        byte[] image = new TestSifWriter(2).add(SifDataType.LABELS, labels, "l").build();
        assertContains(rejection(image), "object 1 (Labels) is not valid UTF-8 (bad byte at offset 7)");
    }

    @Test
    void invalidUtf8AndNulInTextAreReplaced() throws Exception {
        byte[] deffile = "Bootstrap: docker\nFrom: ?\u0000x\n".getBytes(StandardCharsets.US_ASCII);
        deffile[24] = (byte) 0xc3; // a lone lead byte
        byte[] image = new TestSifWriter(2).add(SifDataType.DEFFILE, deffile, "d").build();
        assertEquals("Bootstrap: docker\nFrom: \uFFFD\uFFFDx\n",
                reader.read(TestChannel.of(image)).definitionFile());
    }

    @Test
    void labelsThatExplodeWhenFlattenedAreRejected() {
        String key = "k".repeat(100_000);
        StringBuilder json = new StringBuilder("{\"" + key + "\":{");
        for (int i = 0; i < 80_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"").append(i).append("\":1");
        }
        json.append("}}");
        byte[] image = new TestSifWriter(2).add(SifDataType.LABELS, json.toString(), "l").build();
        assertContains(rejection(image), "object 1 (Labels) grow far beyond its size");
    }

    @Test
    void legacyLineWithoutFileSystem() {
        byte[] image = "#!/usr/bin/env run-singularity\nnothing here\n".getBytes(StandardCharsets.US_ASCII);
        assertContains(rejection(image), "Singularity 2.x launch line, but neither a squashfs nor an ext3 file system"
                + " follows it at byte 31");
    }
}
