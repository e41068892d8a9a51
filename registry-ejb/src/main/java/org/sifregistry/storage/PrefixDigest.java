package org.sifregistry.storage;

import java.nio.ByteBuffer;
import java.security.MessageDigest;

/**
 * The sha256 of a parted upload's bytes from its start, carried forward by each part that arrives exactly where the
 * hashed bytes end. Clients send their parts in order, so finishing the upload then has nothing left to hash and
 * need not read the file back. Bytes past the hashed ones are read back and hashed when the upload is finished; a
 * part that rewrites hashed bytes (a resent part, whose bytes may differ) spoils the prefix, and then the whole file
 * is read back.
 */
final class PrefixDigest {

    /** The hashed start of an upload: {@code length} bytes went into {@code sha256}. */
    record Hashed(MessageDigest sha256, long length) {

        static Hashed nothing() {
            return new Hashed(FileSystemImageStore.sha256(), 0);
        }
    }

    private final MessageDigest sha256 = FileSystemImageStore.sha256();
    private long hashed;
    /** Where the part now extending the prefix ends; {@code hashed} while no part is. */
    private long claimedTo;
    private boolean spoiled;

    /**
     * Whether the part {@code [offset, offset + length)} extends the prefix ({@code length} may be an upper bound).
     * If it does, its writer alone may {@link #update} until it calls {@link #release}.
     */
    synchronized boolean claim(long offset, long length) {
        if (!spoiled && offset == hashed && claimedTo == hashed) {
            claimedTo = offset + length;
            return true;
        }
        if (offset < claimedTo) {
            spoiled = true;
        }
        return false;
    }

    /** Only by the writer of a claimed part. */
    void update(ByteBuffer bytes) {
        sha256.update(bytes);
    }

    /**
     * Ends a claim: the part's {@code written} bytes, all of them hashed, are now part of the prefix; if the part
     * failed ({@code written} negative), nothing is trusted.
     */
    synchronized void release(long written) {
        if (written >= 0 && hashed + written <= claimedTo) {
            hashed += written;
        } else {
            spoiled = true;
        }
        claimedTo = hashed;
    }

    /**
     * Ends the carrying forward: the hashed start, or none (a fresh digest of 0 bytes) if it cannot be trusted, or a
     * part is still being written into it.
     */
    synchronized Hashed close() {
        boolean usable = !spoiled && claimedTo == hashed;
        spoiled = true;
        return usable ? new Hashed(sha256, hashed) : Hashed.nothing();
    }
}
