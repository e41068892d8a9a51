package org.sifregistry.sif;

/** What {@link SifReader} found: a SIF image, or a Singularity 2.x image (launch line + squashfs/ext3). */
public enum ImageKind {
    SIF,
    LEGACY
}
