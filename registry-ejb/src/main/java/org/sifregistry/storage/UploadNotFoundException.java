package org.sifregistry.storage;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.UserText;

/** A parted upload that was never begun, or was already finished or aborted. */
public class UploadNotFoundException extends NotFoundException {

    public UploadNotFoundException(String uploadId) {
        super(ErrorKey.UPLOAD_NOT_FOUND, UserText.quoted(uploadId));
    }
}
