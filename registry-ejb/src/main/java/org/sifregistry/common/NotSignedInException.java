package org.sifregistry.common;

/** The action needs a signed-in user and the caller is anonymous, or their credentials are not good. */
public class NotSignedInException extends RegistryException {

    public NotSignedInException() {
        super(ErrorKey.NOT_SIGNED_IN);
    }

    /** Credentials came but do not sign anyone in; {@code key} says why. */
    public NotSignedInException(ErrorKey key, Object... arguments) {
        super(key, arguments);
    }
}
