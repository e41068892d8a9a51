package org.sifregistry.common.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver RESTEasy builds a new {@link Jsonb} for each body it
 * reads or writes, and Yasson then looks its provider up again and re-learns every class it maps: in the benchmark
 * that cost most of a metadata lookup's time. A {@link Jsonb} is thread-safe, and its class models stay cached.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** For what writes a body itself, so that it reads as every other body does. */
    static Jsonb jsonb() {
        return JSONB;
    }
}
