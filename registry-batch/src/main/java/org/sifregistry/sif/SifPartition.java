package org.sifregistry.sif;

/**
 * A partition object's descriptor data. {@code fileSystem}: Squashfs, Ext3, ImmutableObject, Raw, Encrypted squashfs
 * or Unknown; {@code partitionType}: System, PrimSys, Data, Overlay or Unknown; {@code architecture}: Go name or null.
 */
public record SifPartition(int objectId, String fileSystem, String partitionType, String architecture) {
}
