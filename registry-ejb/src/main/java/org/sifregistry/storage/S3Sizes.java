package org.sifregistry.storage;

/**
 * How an {@link S3ImageStore} cuts what it sends and copies into parts. S3 takes at most 10,000 parts of 5 MiB and
 * more (but the last) in one multipart upload, and copies at most 5 GiB in one request.
 *
 * @param written   the parts a client writes at their places, each streamed into one part of the store
 * @param buffered  the parts of uploads of unknown length, each held in memory while it is sent: 10,000 of the
 *                  default 8 MiB take images up to 80 GiB
 * @param copyLimit the largest object copied in one request; larger ones are copied in parts of {@code copyPart}
 */
record S3Sizes(long written, int buffered, long copyLimit, long copyPart) {

    static final long MIN_PART = 5L << 20;
    static final S3Sizes DEFAULT = new S3Sizes(ImageStore.DEFAULT_PART_SIZE, 8 << 20, 5L << 30, 1L << 30);

    S3Sizes {
        if (written < MIN_PART || buffered < MIN_PART || copyPart < MIN_PART || copyLimit < copyPart) {
            throw new IllegalArgumentException("Parts smaller than S3 takes: " + written + ", " + buffered + ", "
                    + copyPart + " (copy limit " + copyLimit + ")");
        }
    }
}
