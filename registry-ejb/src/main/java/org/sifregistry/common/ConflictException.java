package org.sifregistry.common;

/** The request clashes with what is stored: a name already taken, a frozen container. */
public class ConflictException extends RegistryException {

    public ConflictException(ErrorKey key, Object... arguments) {
        super(key, arguments);
    }
}
