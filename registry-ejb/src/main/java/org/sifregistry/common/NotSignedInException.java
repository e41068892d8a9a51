package org.sifregistry.common;

/** The action needs a signed-in user and the caller is anonymous. */
public class NotSignedInException extends RegistryException {

    public NotSignedInException() {
        super(ErrorKey.NOT_SIGNED_IN);
    }
}
