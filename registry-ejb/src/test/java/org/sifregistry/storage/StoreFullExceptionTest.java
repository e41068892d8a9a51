package org.sifregistry.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class StoreFullExceptionTest {

    @Test
    void aFullFileSystemOrQuotaIsNoRoom() {
        assertTrue(StoreFullException.isNoRoom(new IOException("No space left on device")));
        assertTrue(StoreFullException.isNoRoom(new IOException("Disk quota exceeded")));
    }

    @Test
    void otherWriteFailuresAreNot() {
        assertFalse(StoreFullException.isNoRoom(new IOException("Broken pipe")));
        assertFalse(StoreFullException.isNoRoom(new IOException("Input/output error")));
        assertFalse(StoreFullException.isNoRoom(new IOException()));
    }

    @Test
    void tellsTheClientWhatIsFreeAndWhatToDo() {
        assertEquals("The registry's image store is full (3 MiB free): the upload did not fit and nothing of it was "
                + "kept; push again once its administrators have made room",
                new StoreFullException(3 * 1024 * 1024).getMessage());
    }
}
