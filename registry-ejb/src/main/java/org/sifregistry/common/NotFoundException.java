package org.sifregistry.common;

/** Something the caller named does not exist, or exists but may not be seen by the caller. */
public class NotFoundException extends RegistryException {

    public NotFoundException(String message) {
        super(message);
    }
}
