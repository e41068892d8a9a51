package org.sifregistry.common;

/** The caller may see the thing but may not do this to it. */
public class AccessDeniedException extends RegistryException {

    public AccessDeniedException(ErrorKey key, Object... arguments) {
        super(key, arguments);
    }
}
