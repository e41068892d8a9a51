package org.sifregistry.sif;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small SIF images in memory for cases siftool cannot make (huge, deep or broken objects). */
final class TestSifWriter {
    private record Entry(int type, int id, int rawGroup, int rawLink, byte[] data, String name, byte[] extra) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int capacity;

    TestSifWriter(int capacity) {
        this.capacity = capacity;
    }

    TestSifWriter add(SifDataType type, byte[] data, String name) {
        return add(type, data, name, new byte[0]);
    }

    TestSifWriter add(SifDataType type, byte[] data, String name, byte[] extra) {
        int id = entries.size() + 1;
        entries.add(new Entry(type.code(), id, RawDescriptor.GROUP_MASK | 1, 0, data, name, extra));
        return this;
    }

    TestSifWriter add(SifDataType type, String text, String name) {
        return add(type, text.getBytes(StandardCharsets.UTF_8), name);
    }

    /** Partition extra data: file system, partition type, architecture code ("02" is amd64). */
    static byte[] partitionExtra(int fileSystem, int partitionType, String archCode) {
        ByteBuffer b = ByteBuffer.allocate(11).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(fileSystem).putInt(partitionType).put(archCode.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        return b.array();
    }

    byte[] build() {
        int tableLength = capacity * RawDescriptor.SIZE;
        long dataOffset = RawHeader.SIZE + tableLength;
        long dataSize = 0;
        for (Entry e : entries) {
            dataSize += e.data.length;
        }
        ByteBuffer b = ByteBuffer.allocate((int) (dataOffset + dataSize)).order(ByteOrder.LITTLE_ENDIAN);
        b.put("#!/usr/bin/env run-singularity\n".getBytes(StandardCharsets.US_ASCII));
        b.position(RawHeader.MAGIC_OFFSET);
        b.put(RawHeader.MAGIC).put(new byte[] {'0', '1', 0}).put(new byte[] {'0', '2', 0});
        b.putLong(48, 0x1234_5678_9abc_def0L).putLong(56, 0x0fed_cba9_8765_4321L);
        b.putLong(64, 1_700_000_000L).putLong(72, 1_700_000_000L);
        b.putLong(80, capacity - entries.size()).putLong(88, capacity);
        b.putLong(96, RawHeader.SIZE).putLong(104, tableLength);
        b.putLong(112, dataOffset).putLong(120, dataSize);
        long offset = dataOffset;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int at = RawHeader.SIZE + i * RawDescriptor.SIZE;
            b.putInt(at, e.type).put(at + 4, (byte) 1).putInt(at + 5, e.id).putInt(at + 9, e.rawGroup)
                    .putInt(at + 13, e.rawLink).putLong(at + 17, offset).putLong(at + 25, e.data.length)
                    .putLong(at + 33, e.data.length).putLong(at + 41, 1_700_000_000L).putLong(at + 49, 1_700_000_000L);
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            b.put(at + 73, name, 0, Math.min(name.length, 128));
            b.put(at + 201, e.extra, 0, Math.min(e.extra.length, 384));
            b.put((int) offset, e.data);
            offset += e.data.length;
        }
        return b.array();
    }
}
