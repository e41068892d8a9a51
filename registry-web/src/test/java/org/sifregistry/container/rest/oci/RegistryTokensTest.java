package org.sifregistry.container.rest.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegistryTokensTest {

    /** Parsson refuses such JSON with a plain RuntimeException, which once escaped as a 500. */
    @Test
    void aPayloadNestedTooDeepIsAnInvalidTokenNotAnError() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"a\":".repeat(1001).getBytes(StandardCharsets.UTF_8));

        // The payload is refused before the signature is looked at, so no signer is needed.
        assertEquals(Optional.empty(), new RegistryTokens().verify(payload + ".signature"));
    }
}
