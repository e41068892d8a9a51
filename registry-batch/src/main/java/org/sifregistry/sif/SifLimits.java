package org.sifregistry.sif;

/**
 * Bounds on what one {@link SifReader#read} call reads, so that a hostile or damaged file costs little.
 *
 * @param maxDescriptors most descriptors the header may declare (the table is read whole)
 * @param maxObjectBytes largest Deffile, EnvVar, Labels, generic JSON or Signature object; a larger one is rejected
 * @param maxTotalBytes  most bytes read from all those objects together
 * @param maxDigestBytes most object bytes hashed to check signature digests; signatures needing more are
 *                       {@link DigestCheck#NOT_CHECKED}
 */
public record SifLimits(int maxDescriptors, int maxObjectBytes, long maxTotalBytes, long maxDigestBytes) {

    private static final int MIB = 1024 * 1024;
    private static final long DEFAULT_DIGEST_BYTES = 16L * MIB;

    /** 4096 descriptors, 1 MiB per object, 16 MiB in all, 16 MiB hashed for digests. */
    public static final SifLimits DEFAULTS = new SifLimits(4096, MIB, 16L * MIB, DEFAULT_DIGEST_BYTES);

    public SifLimits {
        if (maxDescriptors < 0 || maxDescriptors > Integer.MAX_VALUE / RawDescriptor.SIZE) {
            throw new IllegalArgumentException("maxDescriptors must be between 0 and "
                    + Integer.MAX_VALUE / RawDescriptor.SIZE + ": " + maxDescriptors);
        }
        if (maxObjectBytes < 0 || maxTotalBytes < 0 || maxDigestBytes < 0) {
            throw new IllegalArgumentException("byte limits must not be negative");
        }
    }

    /** Limits with the default digest budget. */
    public SifLimits(int maxDescriptors, int maxObjectBytes, long maxTotalBytes) {
        this(maxDescriptors, maxObjectBytes, maxTotalBytes, DEFAULT_DIGEST_BYTES);
    }
}
