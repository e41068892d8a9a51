package org.sifregistry.share.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;

public class ShareLinkNotFoundException extends NotFoundException {

    public ShareLinkNotFoundException() {
        super(ErrorKey.SHARE_NOT_FOUND);
    }
}
