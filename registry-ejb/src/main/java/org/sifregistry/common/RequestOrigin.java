package org.sifregistry.common;

import java.util.Optional;

/**
 * Where the request being served comes from: the client's address and what it calls itself. The web module sets it
 * for the length of each request; work that no request started (jobs, messages) has none.
 */
public record RequestOrigin(String clientAddress, String userAgent) {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes this the current origin until the scope closes. */
    public Scope enter() {
        CURRENT.set(this);
        return CURRENT::remove;
    }

    /** The length of a request; closing it forgets the origin. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
