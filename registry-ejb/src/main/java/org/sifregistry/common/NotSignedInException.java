package org.sifregistry.common;

/** The action needs a signed-in user and the caller is anonymous. */
public class NotSignedInException extends RegistryException {

    public NotSignedInException() {
        super("Sign in, or send an API token as 'Authorization: Bearer <token>', to do this");
    }
}
