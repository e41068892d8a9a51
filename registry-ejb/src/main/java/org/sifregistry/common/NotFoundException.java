package org.sifregistry.common;

/** Something the caller named does not exist, or exists but may not be seen by the caller. */
public class NotFoundException extends RegistryException {

    public NotFoundException(ErrorKey key, Object... arguments) {
        super(key, arguments);
    }
}
