package org.sifregistry.share.domain;

import org.sifregistry.common.NotFoundException;

public class ShareLinkNotFoundException extends NotFoundException {

    public ShareLinkNotFoundException() {
        super("This share link does not exist");
    }
}
