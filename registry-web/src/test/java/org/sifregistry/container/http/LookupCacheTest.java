package org.sifregistry.container.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.DataVersion;
import org.sifregistry.common.MovableClock;

class LookupCacheTest {

    private static final Duration LIFETIME = Duration.ofSeconds(10);
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Map<HttpString, String> JSON = Map.of(Headers.CONTENT_TYPE, "application/json");

    private final MovableClock clock = new MovableClock();
    private final LookupCache cache = new LookupCache(LIFETIME, 1024, clock);

    @Test
    void keepsAnAnswerForItsLifetime() {
        cache.put("/v1/images/a", DataVersion.current(), Instant.MAX, 200, JSON, BODY);

        clock.advance(LIFETIME.minusMillis(1));
        assertArrayEquals(BODY, cache.get("/v1/images/a").orElseThrow().body());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), cache.get("/v1/images/a"));
    }

    @Test
    void neverKeepsAnAnswerPastTheTokenItWasGivenFor() {
        Instant tokenExpires = clock.instant().plusSeconds(3);
        cache.put("token /v1/images/a", DataVersion.current(), tokenExpires, 200, JSON, BODY);

        clock.advance(Duration.ofSeconds(2));
        assertTrue(cache.get("token /v1/images/a").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), cache.get("token /v1/images/a"), "expired with its token");
    }

    @Test
    void aRedirectWithoutABodyCostsItsKeyAndLocation() {
        Map<HttpString, String> location = Map.of(Headers.LOCATION, "x".repeat(400));
        cache.put("/v1/imagefile/a", DataVersion.current(), Instant.MAX, 303, location, new byte[0]);
        assertEquals(303, cache.get("/v1/imagefile/a").orElseThrow().status());

        cache.put("/v1/imagefile/b", DataVersion.current(), Instant.MAX, 303, location, new byte[0]);
        cache.put("/v1/imagefile/c", DataVersion.current(), Instant.MAX, 303, location, new byte[0]);

        assertEquals(Optional.empty(), cache.get("/v1/imagefile/a"), "three of them are past the budget of 1,024");
        assertTrue(cache.get("/v1/imagefile/c").isPresent());
    }

    @Test
    void notesAnAnswerNeverKeptWithoutAnsweringIt() {
        cache.pass("token /v1/imagefile/private", DataVersion.current(), Instant.MAX);

        assertTrue(cache.passes("token /v1/imagefile/private"));
        assertEquals(Optional.empty(), cache.get("token /v1/imagefile/private"));
        clock.advance(LIFETIME);
        assertFalse(cache.passes("token /v1/imagefile/private"), "noted for the lifetime of an answer");
    }

    @Test
    void aKeptAnswerIsNotNotedAsNeverKept() {
        cache.put("/v1/images/a", DataVersion.current(), Instant.MAX, 200, JSON, BODY);

        assertFalse(cache.passes("/v1/images/a"));
    }
}
