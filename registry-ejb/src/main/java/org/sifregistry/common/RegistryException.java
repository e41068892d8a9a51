package org.sifregistry.common;

import jakarta.ejb.ApplicationException;

/**
 * The base of every error the registry reports to a user. Its message is written for that user.
 * Thrown from a service, it rolls the transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class RegistryException extends RuntimeException {

    protected RegistryException(String message) {
        super(message);
    }

    protected RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
