package org.sifregistry.sif;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** One 585-byte descriptor as stored (layout of Go's sif.rawDescriptor, little-endian, unpadded). */
record RawDescriptor(
        int index,
        int dataTypeCode,
        int id,
        int rawGroupId,
        int rawLinkedId,
        long offset,
        long size,
        long createdAt,
        long modifiedAt,
        long uid,
        long gid,
        byte[] name,
        byte[] extra) {

    static final int SIZE = 585;
    static final int GROUP_MASK = 0xf0000000;
    private static final int USED_OFFSET = 4;
    private static final int NAME_LENGTH = 128;
    private static final int EXTRA_LENGTH = 384;

    static boolean isUsed(byte[] table, int index) {
        // Go decodes the bool with "!= 0", so any non-zero byte means in use.
        return table[index * SIZE + USED_OFFSET] != 0;
    }

    static RawDescriptor parse(byte[] table, int index) {
        ByteBuffer b = ByteBuffer.wrap(table, index * SIZE, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        int dataType = b.getInt(0);
        int id = b.getInt(5);
        int group = b.getInt(9);
        int link = b.getInt(13);
        long offset = b.getLong(17);
        long size = b.getLong(25);
        // 33: size with padding, which nothing needs
        long created = b.getLong(41);
        long modified = b.getLong(49);
        long uid = b.getLong(57);
        long gid = b.getLong(65);
        int start = index * SIZE;
        byte[] name = Arrays.copyOfRange(table, start + 73, start + 73 + NAME_LENGTH);
        byte[] extra = Arrays.copyOfRange(table, start + 201, start + 201 + EXTRA_LENGTH);
        return new RawDescriptor(index, dataType, id, group, link, offset, size, created, modified, uid, gid, name,
                extra);
    }

    SifDataType type() {
        return SifDataType.fromCode(dataTypeCode);
    }

    int groupId() {
        return rawGroupId & ~GROUP_MASK;
    }

    int linkedId() {
        return rawLinkedId & ~GROUP_MASK;
    }

    boolean linkIsGroup() {
        return (rawLinkedId & GROUP_MASK) == GROUP_MASK;
    }

    /** How messages name this object, e.g. "object 3 (Partition)". */
    String label() {
        String type = type() == SifDataType.UNKNOWN
                ? "type 0x" + Integer.toHexString(dataTypeCode)
                : type().displayName();
        return "object " + Integer.toUnsignedString(id) + " (" + type + ")";
    }

    int extraInt(int offset) {
        return ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }

    String nameText() {
        return Text.fixedField(name, 0, name.length);
    }

    SifObject toObject() {
        return new SifObject(id, type(), groupId(), linkedId(), linkIsGroup(), offset, size,
                Text.unixTime(createdAt), Text.unixTime(modifiedAt), nameText());
    }

    /**
     * The fields Go's Descriptor.GetIntegrityReader covers, in its encoding: type, used, id relative to the
     * smallest id of the group, raw link, size, creation time, uid, gid, name, extra.
     */
    byte[] integrityBytes(int relativeId) {
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 4 + 4 + 8 * 4 + NAME_LENGTH + EXTRA_LENGTH)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(dataTypeCode).put((byte) 1).putInt(relativeId).putInt(rawLinkedId)
                .putLong(size).putLong(createdAt).putLong(uid).putLong(gid).put(name).put(extra);
        return b.array();
    }
}
