package org.sifregistry.storage;

import java.io.IOException;

import org.sifregistry.common.ByteSize;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.RegistryException;

/**
 * The image store's file system had no room for an upload: the server's fault, not the client's (507), and not a
 * connection that broke off. What arrived of the upload has been thrown away.
 */
public class StoreFullException extends RegistryException {

    /** The texts of ENOSPC and EDQUOT, as the JDK passes them on from the system on Linux. */
    private static final String[] NO_ROOM = {"No space left on device", "Disk quota exceeded"};

    public StoreFullException(long usableBytes) {
        super(ErrorKey.STORE_FULL, ByteSize.readable(usableBytes));
    }

    /** Whether a write failed for want of room rather than for a broken connection or a broken disk. */
    static boolean isNoRoom(IOException failure) {
        String message = failure.getMessage();
        if (message == null) {
            return false;
        }
        for (String noRoom : NO_ROOM) {
            if (message.contains(noRoom)) {
                return true;
            }
        }
        return false;
    }
}
