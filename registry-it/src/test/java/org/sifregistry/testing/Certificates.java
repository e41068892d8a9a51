package org.sifregistry.testing;

import java.net.http.HttpRequest;

/**
 * X.509 signing certificates and their authorities over {@code /api/certificates}, as a script adds them: the
 * authorities by an admin (root), a certificate by its owner.
 */
public final class Certificates {

    private Certificates() {
    }

    /** Trusts exactly the authorities of {@code pem} (blank: none), as root. */
    public static Reply trust(String pem) {
        return trust(TestUser.ROOT, pem);
    }

    /**
     * ... as {@code who}, whom only an admin's rights let; with HTTP basic, which carries the user's roles (an API
     * token has the roles its user had at their last sign-in).
     */
    public static Reply trust(TestUser who, String pem) {
        return send("certificates/authorities", who.basicAuthorization(), "PUT", pem);
    }

    /** Adds the certificate with the user's push token. */
    public static Reply add(TestUser owner, String pem) {
        return send("certificates", "Bearer " + owner.pushToken(), "POST", pem);
    }

    private static Reply send(String path, String authorization, String method, String text) {
        return new Api().send(Api.request("api/" + path)
                .header("Authorization", authorization)
                .header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString(text)));
    }
}
