package org.sifregistry.sif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the descriptor table and checks that the descriptors in use describe a coherent file layout. */
final class DescriptorTable {

    private DescriptorTable() {
    }

    /** The descriptors in use, in table order. */
    static List<RawDescriptor> read(ImageFile file, RawHeader header) throws SifFormatException, IOException {
        int count = (int) header.descriptorsTotal();
        byte[] table = file.read(header.descriptorsOffset(), (int) header.tableLength(), "the descriptor table");
        List<RawDescriptor> used = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (RawDescriptor.isUsed(table, i)) {
                used.add(RawDescriptor.parse(table, i));
            }
        }
        long tableEnd = header.descriptorsOffset() + header.tableLength();
        Map<Integer, RawDescriptor> byId = new HashMap<>();
        for (RawDescriptor d : used) {
            checkOne(d, file.size(), header.descriptorsOffset(), tableEnd);
            RawDescriptor other = byId.putIfAbsent(d.id(), d);
            if (other != null) {
                throw new SifFormatException("descriptors #" + other.index() + " and #" + d.index()
                        + " both have object id " + d.id());
            }
        }
        checkNoOverlap(used);
        return used;
    }

    private static void checkOne(RawDescriptor d, long fileSize, long tableStart, long tableEnd)
            throws SifFormatException {
        if (d.id() <= 0) {
            throw new SifFormatException("descriptor #" + d.index() + " is in use but has object id "
                    + Integer.toUnsignedString(d.id()) + " (ids run from 1 to " + Integer.MAX_VALUE + ")");
        }
        if (d.offset() < 0) {
            throw new SifFormatException(d.label() + " has a negative offset (" + d.offset() + ")");
        }
        if (d.size() < 0) {
            throw new SifFormatException(d.label() + " has a negative size (" + d.size() + ")");
        }
        if (d.offset() > fileSize - d.size()) {
            throw new SifFormatException(d.label() + " ends at byte " + Long.toUnsignedString(d.offset() + d.size())
                    + " but the file has " + fileSize + " bytes");
        }
        if (d.size() > 0 && d.offset() < RawHeader.SIZE) {
            throw new SifFormatException(d.label() + " at " + range(d) + " overlaps the " + RawHeader.SIZE
                    + "-byte header");
        }
        if (d.size() > 0 && d.offset() < tableEnd && d.offset() + d.size() > tableStart) {
            throw new SifFormatException(d.label() + " at " + range(d) + " overlaps the descriptor table (bytes "
                    + tableStart + "-" + tableEnd + ")");
        }
    }

    private static void checkNoOverlap(List<RawDescriptor> used) throws SifFormatException {
        List<RawDescriptor> sorted = new ArrayList<>();
        for (RawDescriptor d : used) {
            if (d.size() > 0) {
                sorted.add(d);
            }
        }
        sorted.sort(Comparator.comparingLong(RawDescriptor::offset));
        for (int i = 1; i < sorted.size(); i++) {
            RawDescriptor before = sorted.get(i - 1);
            RawDescriptor after = sorted.get(i);
            if (after.offset() < before.offset() + before.size()) {
                throw new SifFormatException(before.label() + " at " + range(before) + " and " + after.label()
                        + " at " + range(after) + " overlap");
            }
        }
    }

    private static String range(RawDescriptor d) {
        return "bytes " + d.offset() + "-" + (d.offset() + d.size());
    }
}
