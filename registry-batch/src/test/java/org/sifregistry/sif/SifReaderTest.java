package org.sifregistry.sif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SifReaderTest {
    private static final String SIGNER = "12045C8C0B1004D058DE4BEDA20C27EE7FF7BA84";
    private static final Path SYLABS_IMAGES = Path.of("/usr/share/gocode/src/github.com/sylabs/sif/test/images");

    private final SifReader reader = new SifReader(SifLimits.DEFAULTS);

    @TempDir
    Path temp;

    private SifImage read(String fixture) throws Exception {
        return read(Fixtures.bytes(fixture));
    }

    private SifImage read(byte[] image) throws Exception {
        return reader.read(TestChannel.of(image));
    }

    @Test
    void emptyImageHasHeaderOnly() throws Exception {
        SifImage image = read("empty.sif");
        assertEquals(ImageKind.SIF, image.kind());
        SifHeader header = image.header();
        assertEquals("01", header.version());
        assertEquals("", header.launchScript());
        assertEquals(48, header.descriptorsTotal());
        assertEquals(48, header.descriptorsFree());
        assertEquals(4096, header.descriptorsOffset());
        assertEquals(48 * 585, header.descriptorsSize());
        assertEquals(32176, header.dataOffset());
        assertEquals(0, header.dataSize());
        assertNull(header.architecture());
        assertNull(header.id());
        assertNull(header.created());
        assertTrue(image.objects().isEmpty());
        assertTrue(image.labels().isEmpty());
        assertNull(image.definitionFile());
        assertNull(image.architecture());
        assertNull(image.legacyFileSystem());
    }

    @Test
    void currentSignatureOverOneGroupIsVerified() throws Exception {
        SifImage image = read("one-group-signed.sif");
        assertEquals(List.of(
                new SifPartition(1, "Raw", "System", "386"),
                new SifPartition(2, "Squashfs", "PrimSys", "386")), image.partitions());
        assertEquals("386", image.architecture());
        assertEquals("386", image.header().architecture());
        SifObject signatureObject = image.objects().get(2);
        assertEquals(new SifObject(3, SifDataType.SIGNATURE, 0, 1, true, 40960, 1054, null, null, ""),
                signatureObject);
        assertEquals(List.of(new SifSignature(3, "SHA-256", SIGNER, List.of(1, 2), DigestCheck.VERIFIED, null)),
                withoutMessages(image.signatures()));
    }

    @Test
    void dsseSignatureCarriesTheSameDigestsAndNamesNoSigner() throws Exception {
        SifImage image = read("one-group-signed-dsse.sif");
        assertEquals(List.of(new SifSignature(3, "SHA-256", null, List.of(1, 2), DigestCheck.VERIFIED, null)),
                withoutMessages(image.signatures()));
        assertTrue(image.signatures().get(0).message().contains("\"payloadType\""), "the envelope is kept");
    }

    @Test
    void dsseSignatureOverChangedDataIsAMismatch() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed-dsse.sif");
        image[36864 + 100] ^= 1; // in the squashfs partition, object 2
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
    }

    @Test
    void legacySignatureOfOneObjectIsVerified() throws Exception {
        SifImage image = read("one-group-signed-legacy.sif");
        SifHeader header = image.header();
        assertEquals("#!/usr/bin/env run-singularity\n", header.launchScript());
        assertEquals(UUID.fromString("6ecc76b7-a497-4f7f-9ebd-8da2a04c6be1"), header.id());
        assertEquals(Instant.parse("2020-05-22T19:30:59Z"), header.created());
        assertEquals(Instant.parse("2020-06-20T20:16:39Z"), header.modified());
        assertEquals(45, header.descriptorsFree());
        SifObject signatureObject = image.objects().get(2);
        assertEquals(1, signatureObject.groupId());
        assertEquals(2, signatureObject.link());
        assertEquals(false, signatureObject.linkIsGroup());
        assertEquals("part-signature", signatureObject.name());
        assertEquals(Instant.parse("2020-06-20T20:16:39Z"), signatureObject.created());
        assertEquals(List.of(new SifSignature(3, "SHA-384", SIGNER, List.of(2), DigestCheck.VERIFIED, null)),
                withoutMessages(image.signatures()));
    }

    @Test
    void legacySignatureOfAGroupCoversAllItsObjects() throws Exception {
        SifImage image = read("one-group-signed-legacy-group.sif");
        assertEquals(List.of(new SifSignature(3, "SHA-384", SIGNER, List.of(1, 2), DigestCheck.VERIFIED, null)),
                withoutMessages(image.signatures()));
    }

    @Test
    void twoGroupsWithLegacySignaturesPerObject() throws Exception {
        SifImage image = read("two-groups-signed-legacy-all.sif");
        assertEquals(5, image.objects().size());
        assertEquals(2, image.objects().get(2).groupId());
        assertEquals(new SifPartition(3, "Ext3", "System", "amd64"), image.partitions().get(2));
        assertEquals("386", image.architecture());
        assertEquals(List.of(
                new SifSignature(4, "SHA-384", SIGNER, List.of(1), DigestCheck.VERIFIED, null),
                new SifSignature(5, "SHA-384", SIGNER, List.of(2), DigestCheck.VERIFIED, null)),
                withoutMessages(image.signatures()));
    }

    @Test
    void sbomIsDescribedNotRead() throws Exception {
        SifImage image = read("one-object-sbom.sif");
        assertEquals(new SifSbom(1, "cyclonedx-json", 454), image.sbom());
        assertTrue(image.labels().isEmpty());
    }

    @Test
    void cryptoMessage() throws Exception {
        SifImage image = read("one-object-crypt-message.sif");
        assertEquals(List.of(new SifCryptoMessage(1, "OpenPGP", "Clear Signature")), image.cryptoMessages());
    }

    @Test
    void genericJsonThatIsNotInspectMetadataAddsNothing() throws Exception {
        SifImage image = read("one-object-generic-json.sif");
        assertEquals(SifDataType.GENERIC_JSON, image.objects().get(0).type());
        assertTrue(image.labels().isEmpty());
        assertNull(image.runscript());
    }

    @Test
    void builtImageHasAllMetadata() throws Exception {
        assertBuiltImage(read("built.sif"));
    }

    /** The contents make-fixtures.sh puts in built.sif. */
    private static void assertBuiltImage(SifImage image) {
        assertTrue(image.definitionFile().startsWith("Bootstrap: docker\nFrom: ubuntu:22.04\n\n%labels\n"),
                image.definitionFile());
        assertEquals(List.of("org.opencontainers.image.title", "Version", "build.host", "build.number", "tags",
                "signed", "Author", "org.label-schema.usage.singularity.deffile.bootstrap",
                "org.label-schema.usage.singularity.deffile.from"), new ArrayList<>(image.labels().keySet()));
        assertEquals("fixture", image.labels().get("org.opencontainers.image.title"));
        assertEquals("1.0", image.labels().get("Version"), "inspect metadata overrides the Labels object");
        assertEquals("ci", image.labels().get("build.host"));
        assertEquals("42", image.labels().get("build.number"));
        assertEquals("[\"a\",\"b\"]", image.labels().get("tags"));
        assertEquals("false", image.labels().get("signed"));
        assertEquals("registry-tests", image.labels().get("Author"));
        assertEquals("#!/bin/sh\necho \"hello from the fixture\"\n", image.runscript());
        assertEquals("A fixture image for the SIF reader tests.\n", image.help());
        assertEquals("export LC_ALL=C\n", image.environment());
        assertEquals(List.of(new SifPartition(5, "Squashfs", "PrimSys", "amd64")), image.partitions());
        assertEquals("amd64", image.architecture());
        assertEquals("amd64", image.header().architecture());
        assertTrue(image.header().id() != null && image.header().created() != null);
        assertTrue(image.signatures().isEmpty());
        List<String> names = image.objects().stream().map(SifObject::name).toList();
        assertEquals(List.of("fixture.def", "labels.json", "inspect-metadata.json", "env.sh", "rootfs.sqfs"), names);
        SifObject partition = image.objects().get(4);
        assertEquals(36864, partition.offset());
        assertEquals(4096, partition.size());
        assertEquals(1, partition.groupId());
        assertEquals(0, partition.link());
    }

    @Test
    void definitionFileComesFromInspectMetadataWithoutDeffileObject() throws Exception {
        byte[] image = new TestSifWriter(4)
                .add(SifDataType.GENERIC_JSON, "{\"data\":{\"attributes\":{\"deffile\":\"Bootstrap: library\\n\","
                        + "\"help\":\"h\",\"labels\":{\"a\":\"b\"}}},\"type\":\"container\"}", "whatever.json")
                .build();
        SifImage read = read(image);
        assertEquals("Bootstrap: library\n", read.definitionFile());
        assertEquals("h", read.help());
        assertEquals(Map.of("a", "b"), read.labels());
    }

    @Test
    void legacySquashfsImage() throws Exception {
        SifImage image = read("legacy.simg");
        assertEquals(ImageKind.LEGACY, image.kind());
        assertEquals("squashfs", image.legacyFileSystem());
        assertNull(image.header());
        assertTrue(image.objects().isEmpty());
        assertNull(image.architecture());
    }

    @Test
    void legacyExt3Image() throws Exception {
        byte[] line = "#!/usr/bin/env run-singularity\n".getBytes(StandardCharsets.US_ASCII);
        byte[] image = new byte[line.length + 4096];
        System.arraycopy(line, 0, image, 0, line.length);
        image[line.length + 1024 + 56] = 0x53;
        image[line.length + 1024 + 57] = (byte) 0xef;
        SifImage read = read(image);
        assertEquals(ImageKind.LEGACY, read.kind());
        assertEquals("ext3", read.legacyFileSystem());
    }

    @Test
    void readsFromAPathOrFromAChannelWhereverItsPositionIs() throws Exception {
        Path file = temp.resolve("built.sif");
        Files.write(file, Fixtures.bytes("built.sif"));
        assertBuiltImage(reader.read(file));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(17);
            assertBuiltImage(reader.read(channel));
        }
    }

    @Test
    void digestsCoverTheSignedObjectData() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        image[32768] ^= 1; // object 1's data
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
    }

    @Test
    void digestsCoverTheDescriptorName() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        image[Fixtures.descriptorField(1, 73)] = 'x';
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
    }

    @Test
    void digestsCoverTheHeaderLaunchScriptAndId() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        image[0] = '#';
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
        image = Fixtures.bytes("one-group-signed.sif");
        image[50] ^= 1;
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
    }

    @Test
    void digestsLeaveOutWhatGoLeavesOut() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        image[45] = '0'; // header architecture
        image[46] = '4';
        Fixtures.putLong(image, 72, 1_800_000_000L); // header modification time
        Fixtures.putLong(image, Fixtures.descriptorField(0, 49), 1_800_000_000L); // object 1 modification time
        Fixtures.putLong(image, Fixtures.descriptorField(0, 33), 99); // object 1 size with padding
        SifImage read = read(image);
        assertEquals("arm64", read.header().architecture());
        assertEquals(DigestCheck.VERIFIED, read.signatures().get(0).digestCheck());
    }

    @Test
    void objectsOfASignedGroupMustAllBeSigned() throws Exception {
        // a free descriptor of one-group-signed.sif becomes an unsigned object 4 in the signed group 1
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        int free = Fixtures.descriptorField(3, 0);
        System.arraycopy(image, Fixtures.descriptorField(0, 0), image, free, RawDescriptor.SIZE);
        Fixtures.putInt(image, free + 5, 4); // id 4, same group and data as object 1
        Fixtures.putLong(image, free + 25, 0); // empty, so it overlaps nothing
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
    }

    @Test
    void legacyDigestCoversTheObjectData() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed-legacy.sif");
        image[36864] ^= 1; // object 2's data
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
        image = Fixtures.bytes("one-group-signed-legacy-group.sif");
        image[32768] ^= 1; // object 1's data
        assertEquals(DigestCheck.MISMATCH, read(image).signatures().get(0).digestCheck());
    }

    @Test
    void dataBeyondTheDigestBudgetIsNotChecked() throws Exception {
        SifReader stingy = new SifReader(new SifLimits(4096, 1 << 20, 16 << 20, 1000));
        SifImage current = stingy.read(TestChannel.of(Fixtures.bytes("one-group-signed.sif")));
        assertEquals(DigestCheck.NOT_CHECKED, current.signatures().get(0).digestCheck());
        assertEquals(List.of(1, 2), current.signatures().get(0).signedObjectIds());
        SifImage legacy = stingy.read(TestChannel.of(Fixtures.bytes("one-group-signed-legacy.sif")));
        assertEquals(DigestCheck.VERIFIED, legacy.signatures().get(0).digestCheck(), "4 bytes fit the budget");
        SifReader none = new SifReader(new SifLimits(4096, 1 << 20, 16 << 20, 0));
        legacy = none.read(TestChannel.of(Fixtures.bytes("one-group-signed-legacy.sif")));
        assertEquals(DigestCheck.NOT_CHECKED, legacy.signatures().get(0).digestCheck());
    }

    @Test
    void unreadableSignatureIsNotCheckedButStillDescribed() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        image[40960] = 'X'; // breaks "-----BEGIN PGP SIGNED MESSAGE-----"
        SifSignature signature = read(image).signatures().get(0);
        assertEquals(new SifSignature(3, "SHA-256", SIGNER, List.of(1, 2), DigestCheck.NOT_CHECKED, null),
                withoutMessages(List.of(signature)).get(0));
    }

    @Test
    void fingerprintComesFromThePacketWhenTheDescriptorHasNone() throws Exception {
        byte[] image = Fixtures.bytes("one-group-signed.sif");
        int entity = Fixtures.descriptorField(2, 201 + 4);
        java.util.Arrays.fill(image, entity, entity + 20, (byte) 0);
        assertEquals(SIGNER, read(image).signatures().get(0).signerFingerprint(), "issuer fingerprint subpacket");
        image = Fixtures.bytes("one-group-signed-legacy.sif");
        java.util.Arrays.fill(image, entity, entity + 20, (byte) 0);
        assertEquals("A20C27EE7FF7BA84", read(image).signatures().get(0).signerFingerprint(), "issuer key id only");
    }

    @Test
    void fourGigabytePartitionIsNotRead() throws Exception {
        byte[] small = new TestSifWriter(4)
                .add(SifDataType.DEFFILE, "Bootstrap: docker\n", "def")
                .add(SifDataType.PARTITION, new byte[4096], "rootfs", TestSifWriter.partitionExtra(1, 2, "02"))
                .build();
        long partitionSize = 4L << 30;
        int partitionDescriptor = RawHeader.SIZE + RawDescriptor.SIZE;
        Fixtures.putLong(small, partitionDescriptor + 25, partitionSize);
        long dataSize = Fixtures.getLong(small, 120) - 4096 + partitionSize;
        Fixtures.putLong(small, 120, dataSize);
        Path file = temp.resolve("big.sif");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(small);
            out.setLength(Fixtures.getLong(small, 112) + dataSize); // sparse
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            TestChannel counting = TestChannel.wrapping(channel);
            SifImage image = reader.read(counting);
            assertEquals(partitionSize, image.objects().get(1).size());
            assertEquals("amd64", image.architecture());
            assertTrue(counting.bytesRead() < 8192, counting.bytesRead() + " bytes read");
        }
    }

    @Test
    void fixtureScriptStillMakesWhatTheTestsExpect() throws Exception {
        Assumptions.assumeTrue(onPath("siftool") && onPath("mksquashfs"), "siftool and mksquashfs are needed");
        Path script = Path.of("src/test/sif/make-fixtures.sh");
        Assumptions.assumeTrue(Files.isRegularFile(script), "run from the module directory");
        Process process = new ProcessBuilder("sh", script.toString(), temp.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertBuiltImage(reader.read(temp.resolve("built.sif")));
        assertEquals("squashfs", reader.read(temp.resolve("legacy.simg")).legacyFileSystem());
    }

    @Test
    void everySylabsTestImageReads() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SYLABS_IMAGES), "sylabs/sif test images are not installed");
        List<Path> images;
        try (var list = Files.list(SYLABS_IMAGES)) {
            images = list.filter(p -> p.toString().endsWith(".sif")).sorted().toList();
        }
        assertTrue(images.size() >= 17);
        for (Path path : images) {
            SifImage image = reader.read(path);
            for (SifSignature signature : image.signatures()) {
                assertEquals(DigestCheck.VERIFIED, signature.digestCheck(), path + " " + signature);
                assertEquals(SIGNER, signature.signerFingerprint(), path.toString());
            }
        }
        if (onPath("siftool")) {
            for (Path path : images) {
                assertEquals(siftoolList(path), objectRows(reader.read(path)), path.toString());
            }
        }
        SifImage twoGroups = reader.read(SYLABS_IMAGES.resolve("two-groups-signed.sif"));
        assertEquals(List.of(
                new SifSignature(4, "SHA-256", SIGNER, List.of(1, 2), DigestCheck.VERIFIED, null),
                new SifSignature(5, "SHA-256", SIGNER, List.of(3), DigestCheck.VERIFIED, null)),
                withoutMessages(twoGroups.signatures()));
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new SifLimits(-1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SifLimits(Integer.MAX_VALUE, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SifLimits(1, -1, 1, 1));
        assertEquals(SifLimits.DEFAULTS.maxDigestBytes(), new SifLimits(1, 1, 1).maxDigestBytes());
    }

    /** The id, group, link and position columns of `siftool list`, e.g. "3|NONE|1 (G)|40960-42014". */
    private static List<String> siftoolList(Path image) throws Exception {
        Process process = new ProcessBuilder("siftool", "list", image.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> rows = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] columns = line.split("\\|");
            if (columns.length == 5 && columns[0].strip().matches("[0-9]+")) {
                rows.add(columns[0].strip() + "|" + columns[1].strip() + "|" + columns[2].strip().replaceAll(" +", " ")
                        + "|" + columns[3].strip());
            }
        }
        return rows;
    }

    private static List<String> objectRows(SifImage image) {
        return image.objects().stream().map(o -> o.id() + "|" + (o.groupId() == 0 ? "NONE" : o.groupId()) + "|"
                + (o.link() == 0 ? "NONE" : o.link() + (o.linkIsGroup() ? " (G)" : "")) + "|" + o.offset() + "-"
                + (o.offset() + o.size())).toList();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The signatures with their messages left out, which the keystore's tests check. */
    private static List<SifSignature> withoutMessages(List<SifSignature> signatures) {
        return signatures.stream().map(s -> new SifSignature(s.objectId(), s.hashType(), s.signerFingerprint(),
                s.signedObjectIds(), s.digestCheck(), null)).toList();
    }
}
