package org.sifregistry.common;

/** The thing existed but is no longer usable: an expired or revoked share link. */
public class GoneException extends RegistryException {

    public GoneException(ErrorKey key, Object... arguments) {
        super(key, arguments);
    }
}
