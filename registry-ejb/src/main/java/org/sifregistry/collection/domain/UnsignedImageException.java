package org.sifregistry.collection.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/** An image a collection refuses for want of the signature its {@link SignedOnly} rule requires. */
public class UnsignedImageException extends InvalidInputException {

    public UnsignedImageException(ErrorKey key, Object... arguments) {
        super("image", key, arguments);
    }
}
