package org.sifregistry.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** The registry's keystore as {@code apptainer key push} reaches it: HKP's {@code POST /pks/add}. */
public final class Keystore {

    private Keystore() {
    }

    /** Adds an armored key with {@code authorization} (null: none), as scs-key-client's PKSAdd sends it. */
    public static Reply push(String keyText, String authorization) {
        HttpRequest.Builder request = Api.request("pks/add")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "keytext=" + URLEncoder.encode(keyText, StandardCharsets.UTF_8)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new Api().send(request);
    }

    /** Adds the user's key with their push token, in the upper case the key client writes the scheme in. */
    public static void push(TestUser owner, Tools.SigningKey key) {
        push(key.publicKey(), "BEARER " + owner.pushToken()).expect(200);
    }
}
