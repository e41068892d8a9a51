package org.sifregistry.user.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotSignedInException;

/** The credential of {@code sregistry push}, checked against the test vector of ha-ops.md §3. */
class SregistryAuthorizationTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String PUSH_SIGNATURE = "1c460c647ab1000af8535708f8647c1fa7425d66d709202f165a21b9edf94fc6";
    private static final String UPLOAD_SIGNATURE = "ff3c4ee266398d4ff55008592e7e750af9cc763410ad5cdaa2d0b269cf62d144";
    private static final String PUSH_HEADER = "SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z,Signature="
            + PUSH_SIGNATURE;

    @Test
    void theTestVectorParses() {
        SregistryAuthorization parsed = SregistryAuthorization.parse(PUSH_HEADER);

        assertEquals(new SregistryAuthorization("push", "alice", "20240702T14Z", PUSH_SIGNATURE), parsed);
        assertEquals("push|dinosaur|20240702T14Z|avocado|latest|", parsed.payload("dinosaur", "avocado", "latest"));
    }

    @Test
    void theTestVectorIsSignedWithItsToken() {
        SregistryAuthorization push = SregistryAuthorization.parse(PUSH_HEADER);
        SregistryAuthorization upload = SregistryAuthorization.parse(PUSH_HEADER
                .replace("push/", "upload/").replace(PUSH_SIGNATURE, UPLOAD_SIGNATURE));

        assertTrue(push.isSignedWith(TOKEN, "dinosaur", "avocado", "latest"));
        assertTrue(upload.isSignedWith(TOKEN, "dinosaur", "avocado", "latest"));
    }

    @Test
    void theHeaderIsTheTestVectors() {
        assertEquals(PUSH_HEADER, SregistryAuthorization.header(TOKEN, "push", "alice", "20240702T14Z", "dinosaur",
                "avocado", "latest"));
    }

    @Test
    void anotherTokenOrOtherNamesDoNotMatch() {
        SregistryAuthorization push = SregistryAuthorization.parse(PUSH_HEADER);

        assertFalse(push.isSignedWith(TOKEN + "8", "dinosaur", "avocado", "latest"));
        assertFalse(push.isSignedWith(TOKEN, "dinosaurs", "avocado", "latest"));
        assertFalse(push.isSignedWith(TOKEN, "dinosaur", "avocados", "latest"));
        assertFalse(push.isSignedWith(TOKEN, "dinosaur", "avocado", "v1"));
    }

    @Test
    void thisHourAndTheOneBeforeAreFreshButNothingElse() {
        SregistryAuthorization signed = SregistryAuthorization.parse(PUSH_HEADER);

        assertTrue(signed.isFreshAt(Instant.parse("2024-07-02T14:00:00Z")));
        assertTrue(signed.isFreshAt(Instant.parse("2024-07-02T14:59:59Z")));
        // The original fails here: the client signed a second before the hour turned
        assertTrue(signed.isFreshAt(Instant.parse("2024-07-02T15:00:00Z")));
        assertTrue(signed.isFreshAt(Instant.parse("2024-07-02T15:59:59Z")));
        assertFalse(signed.isFreshAt(Instant.parse("2024-07-02T16:00:00Z")));
        assertFalse(signed.isFreshAt(Instant.parse("2024-07-02T13:59:59Z")), "an hour ahead of the server");
        assertFalse(signed.isFreshAt(Instant.parse("2024-07-03T14:30:00Z")), "the same hour of another day");
    }

    @Test
    void theTimestampIsTheClientsHour() {
        assertEquals("20240702T14Z", SregistryAuthorization.timestamp(Instant.parse("2024-07-02T14:59:59.999Z")));
        assertEquals("20240101T00Z", SregistryAuthorization.timestamp(Instant.parse("2024-01-01T00:00:00Z")));
    }

    @Test
    void aUserNameNeedNotBeAscii() {
        String header = SregistryAuthorization.header(TOKEN, "push", "müller", "20240702T14Z", "c", "i", "t");

        assertEquals("müller", SregistryAuthorization.parse(header).username());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "  "})
    void noHeaderIsAskedFor(String header) {
        assertEquals(ErrorKey.SREGISTRY_AUTH_MISSING, refused(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bearer sifr_abc",
            "SREGISTRY-HMAC-SHA256",
            "SREGISTRY-HMAC-SHA256 ",
            "sregistry-hmac-sha256 Credential=push/YWxpY2U=/20240702T14Z,Signature=" + PUSH_SIGNATURE,
            "SREGISTRY-HMAC-SHA256  Credential=push/YWxpY2U=/20240702T14Z,Signature=" + PUSH_SIGNATURE,
            "SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z, Signature=" + PUSH_SIGNATURE,
            "SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z",
            "SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z,Signature=" + PUSH_SIGNATURE + ",x=y",
            "SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z,Credential=" + PUSH_SIGNATURE,
            "SREGISTRY-HMAC-SHA256 Credential,Signature=" + PUSH_SIGNATURE,
            "SREGISTRY-HMAC-SHA256 Signature=" + PUSH_SIGNATURE + ",Cred=push/YWxpY2U=/20240702T14Z",
    })
    void anotherSchemeOrOtherFieldsAreRefused(String header) {
        assertEquals(ErrorKey.SREGISTRY_AUTH_SCHEME, refused(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "push/YWxpY2U=",
            "push/YWxpY2U=/20240702T14Z/x",
            "/YWxpY2U=/20240702T14Z",
            "PUSH/YWxpY2U=/20240702T14Z",
            "push/YWxpY2U=/2024-07-02T14Z",
            "push/YWxpY2U=/20240702T14",
            "push/YWxpY2U=/",
    })
    void aMalformedCredentialIsRefused(String credential) {
        assertEquals(ErrorKey.SREGISTRY_AUTH_CREDENTIAL,
                refused("SREGISTRY-HMAC-SHA256 Credential=" + credential + ",Signature=" + PUSH_SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-base64!", "wyg="})
    void aUserNameThatIsNotBase64OfTextIsRefused(String user) {
        // "wyg=" is the bytes c3 28, not UTF-8
        assertEquals(ErrorKey.SREGISTRY_AUTH_USER,
                refused("SREGISTRY-HMAC-SHA256 Credential=push/" + user + "/20240702T14Z,Signature=" + PUSH_SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1c46", "1C460C647AB1000AF8535708F8647C1FA7425D66D709202F165A21B9EDF94FC6",
            "zc460c647ab1000af8535708f8647c1fa7425d66d709202f165a21b9edf94fc6"})
    void aSignatureThatIsNotLowercaseHexIsRefused(String signature) {
        assertEquals(ErrorKey.SREGISTRY_AUTH_SIGNATURE_FORM,
                refused("SREGISTRY-HMAC-SHA256 Credential=push/YWxpY2U=/20240702T14Z,Signature=" + signature));
    }

    @Test
    void itsTextShowsNoSignature() {
        assertFalse(SregistryAuthorization.parse(PUSH_HEADER).toString().contains(PUSH_SIGNATURE.substring(0, 8)));
    }

    private static ErrorKey refused(String header) {
        NotSignedInException e = assertThrows(NotSignedInException.class, () -> SregistryAuthorization.parse(header));
        return e.key();
    }
}
