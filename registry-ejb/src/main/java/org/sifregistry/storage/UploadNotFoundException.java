package org.sifregistry.storage;

import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.UserText;

/** A parted upload that was never begun, or was already finished or aborted. */
public class UploadNotFoundException extends NotFoundException {

    public UploadNotFoundException(String uploadId) {
        super("There is no upload in progress with id " + UserText.quoted(uploadId) + "; start the upload again");
    }
}
