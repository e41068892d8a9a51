package org.sifregistry.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID provider in the test JVM, just enough of one for WildFly's elytron-oidc-client: discovery, an
 * authorization endpoint that signs in whoever the test named with {@link #signInNext} at once (no password page),
 * a token endpoint that trades the code for RS256-signed ID and access tokens with Keycloak's {@code realm_access}
 * roles, and the key set. It stands in for Keycloak, which is outside the product.
 */
public final class FakeOpenIdProvider implements AutoCloseable {

    public static final int PORT = 10080;
    public static final String ISSUER = "http://127.0.0.1:" + PORT + "/realms/research";
    public static final String CLIENT_ID = "sif-registry";
    public static final String CLIENT_SECRET = "registry-client-secret-1";

    /** Who the provider signs in, and what it says of them. */
    public record Person(String username, String name, String email, List<String> roles) {
    }

    private record Grant(Person person, String nonce) {
    }

    private final HttpServer server;
    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Person next;

    private FakeOpenIdProvider(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
    }

    public static FakeOpenIdProvider start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
            FakeOpenIdProvider provider = new FakeOpenIdProvider(server, generator.generateKeyPair());
            String realm = URI.create(ISSUER).getPath();
            server.createContext(realm + "/.well-known/openid-configuration", provider::discovery);
            server.createContext(realm + "/auth", provider::authorize);
            server.createContext(realm + "/token", provider::token);
            server.createContext(realm + "/certs", provider::keys);
            server.start();
            return provider;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The OpenID provider did not start on port " + PORT, e);
        }
    }

    /** The person the next authorization request signs in. */
    public void signInNext(Person person) {
        next = person;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        json(exchange, 200, Json.createObjectBuilder()
                .add("issuer", ISSUER)
                .add("authorization_endpoint", ISSUER + "/auth")
                .add("token_endpoint", ISSUER + "/token")
                .add("jwks_uri", ISSUER + "/certs")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .build());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person person = next;
        if (person == null || !CLIENT_ID.equals(query.get("client_id"))) {
            json(exchange, 400, Json.createObjectBuilder().add("error", "invalid_request").build());
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, query.get("nonce")));
        String redirect = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", redirect);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (grant == null || !clientAuthenticated(exchange, body)) {
            json(exchange, 400, Json.createObjectBuilder().add("error", "invalid_grant").build());
            return;
        }
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder common = Json.createObjectBuilder()
                .add("iss", ISSUER).add("sub", UUID.nameUUIDFromBytes(grant.person().username().getBytes(
                        StandardCharsets.UTF_8)).toString())
                .add("aud", CLIENT_ID).add("azp", CLIENT_ID).add("iat", now).add("exp", now + 300)
                .add("preferred_username", grant.person().username())
                .add("name", grant.person().name()).add("email", grant.person().email())
                .add("realm_access", Json.createObjectBuilder()
                        .add("roles", Json.createArrayBuilder(grant.person().roles())));
        if (grant.nonce() != null) {
            common.add("nonce", grant.nonce());
        }
        JsonObject claims = common.build();
        json(exchange, 200, Json.createObjectBuilder()
                .add("access_token", sign(Json.createObjectBuilder(claims).add("typ", "Bearer").build()))
                .add("id_token", sign(Json.createObjectBuilder(claims).add("typ", "ID").build()))
                .add("token_type", "Bearer").add("expires_in", 300)
                .build());
    }

    private static boolean clientAuthenticated(HttpExchange exchange, Map<String, String> body) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] credentials = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            return credentials.length == 2 && CLIENT_ID.equals(decode(credentials[0]))
                    && CLIENT_SECRET.equals(decode(credentials[1]));
        }
        return CLIENT_ID.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret"));
    }

    private void keys(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        json(exchange, 200, Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("kty", "RSA").add("kid", keyId).add("use", "sig").add("alg", "RS256")
                        .add("n", base64url(unsigned(key.getModulus())))
                        .add("e", base64url(unsigned(key.getPublicExponent()))))).build());
    }

    private String sign(JsonObject claims) {
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId).build()
                .toString();
        String signingInput = base64url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
        }
        return values;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
