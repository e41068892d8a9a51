package org.sifregistry.common.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.storage.ImageTooLargeException;
import org.sifregistry.storage.StoreFullException;

class UploadFailureTest {

    @Test
    void theRegistrysRefusalsGiveTheirReason() {
        assertEquals(UploadFailure.TOO_LARGE, UploadFailure.of(new ImageTooLargeException(10)));
        assertEquals(UploadFailure.TOO_LARGE, UploadFailure.of(input(ErrorKey.UPLOAD_LARGER_THAN_ANNOUNCED)));
        assertEquals(UploadFailure.BROKE_OFF, UploadFailure.of(input(ErrorKey.UPLOAD_BROKE_OFF)));
        assertEquals(UploadFailure.BROKE_OFF, UploadFailure.of(input(ErrorKey.UPLOAD_PART_BROKE_OFF)));
        assertEquals(UploadFailure.MISMATCH, UploadFailure.of(input(ErrorKey.UPLOAD_DIGEST_MISMATCH)));
        assertEquals(UploadFailure.MISMATCH, UploadFailure.of(input(ErrorKey.UPLOAD_SIZE_MISMATCH)));
        assertEquals(UploadFailure.NOT_AN_IMAGE, UploadFailure.of(input(ErrorKey.IMAGE_FORMAT)));
        assertEquals(UploadFailure.STORE_FULL, UploadFailure.of(new StoreFullException(0)));
    }

    @Test
    void otherRefusalsAreRefusedAndEverythingElseAnError() {
        assertEquals(UploadFailure.REFUSED, UploadFailure.of(input(ErrorKey.UPLOAD_NOT_FOUND)));
        assertEquals(UploadFailure.ERROR, UploadFailure.of(new IllegalStateException("disk gone")));
    }

    @Test
    void tagsAreLowerCase() {
        assertEquals("not_an_image", UploadFailure.NOT_AN_IMAGE.tag());
        assertEquals("sregistry", Protocol.SREGISTRY.tag());
        assertEquals(Protocol.ORAS, Protocol.ofTag("oras"));
    }

    private static InvalidInputException input(ErrorKey key) {
        return new InvalidInputException("image", key);
    }
}
