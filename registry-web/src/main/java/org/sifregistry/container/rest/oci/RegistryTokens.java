package org.sifregistry.container.rest.oci;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;

import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;
import org.sifregistry.common.rest.UrlSigner;

/**
 * Issues and checks the short-lived tokens of {@code /v2/token}: {@code <base64url JSON>.<signature>}, the JSON
 * holding the user, their roles, the granted actions per repository, the expiry and the API token it was issued on
 * if any, signed with the registry's signing key like its URLs ({@link UrlSigner}), so any server sharing the key
 * accepts them and nothing is stored.
 * API tokens ({@code sifr_...}) never take this form.
 */
@ApplicationScoped
public class RegistryTokens {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String PURPOSE = "oci-token";
    /** The claim naming the API token a token was issued on. */
    private static final String API_TOKEN = "tid";
    /** The claim naming the only collections the holder reaches, when the API token was limited to them. */
    private static final String COLLECTIONS = "col";
    /** Found once: {@code Json.createReader} looks the provider up on every call, half of a token check's time. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** More verified tokens than clients at once in a busy hour; past it, the expired ones go, or all of them. */
    static final int MAX_VERIFIED = 10_000;

    @Inject
    private UrlSigner signer;

    @Inject
    private Clock clock;

    /**
     * Tokens already verified, until they expire: a client sends the same token with every request of a pull, and
     * checking it (parsing its JSON, its HMAC) was most of a cached manifest answer's time. A token is its own
     * proof, so remembering it grants nothing a second check would not; only the API token it was issued on can end
     * earlier, and RegistryTokenFilter asks about that on every request.
     */
    private final Map<String, RegistryToken> verified = new ConcurrentHashMap<>();

    String issue(RegistryToken token) {
        JsonObjectBuilder access = Json.createObjectBuilder();
        token.access().forEach((repository, actions) -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            actions.forEach(list::add);
            access.add(repository, list);
        });
        JsonArrayBuilder roles = Json.createArrayBuilder();
        token.caller().roles().stream().map(Role::name).sorted().forEach(roles::add);
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("sub", token.caller().username())
                .add("roles", roles)
                .add("access", access)
                .add("iat", token.issued().getEpochSecond())
                .add("exp", token.expires().getEpochSecond());
        if (token.apiToken() != null) {
            payload.add(API_TOKEN, token.apiToken());
        }
        if (token.caller().isLimited()) {
            JsonArrayBuilder collections = Json.createArrayBuilder();
            token.caller().collections().stream().sorted().forEach(collections::add);
            payload.add(COLLECTIONS, collections);
        }
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.build().toString().getBytes(StandardCharsets.UTF_8));
        return encoded + "." + signer.sign(token.expires(), PURPOSE, encoded);
    }

    /** Whether a bearer credential has this form (it may still be forged or expired). */
    static boolean isRegistryToken(String credential) {
        int dot = credential.indexOf('.');
        return dot > 0 && dot == credential.lastIndexOf('.');
    }

    /**
     * Who holds {@code credential}, if it is a registry token that {@link #verify verifies} and grants pull from
     * {@code repository} (named as the client wrote it): the check of {@link OciAccess}, for the cache of manifest
     * answers, which runs before the API.
     */
    public Optional<Caller> pullerOf(String credential, String repository) {
        return isRegistryToken(credential)
                ? verify(credential).filter(t -> t.actions(repository).map(a -> a.contains(RegistryToken.PULL))
                        .orElse(false)).map(RegistryToken::caller)
                : Optional.empty();
    }

    /** The token's content if its signature holds and it has not expired. */
    Optional<RegistryToken> verify(String credential) {
        RegistryToken known = verified.get(credential);
        if (known != null) {
            if (known.expires().isAfter(clock.instant())) {
                return Optional.of(known);
            }
            verified.remove(credential);
        }
        Optional<RegistryToken> checked = check(credential);
        checked.ifPresent(token -> remember(credential, token));
        return checked;
    }

    private void remember(String credential, RegistryToken token) {
        if (verified.size() >= MAX_VERIFIED) {
            Instant now = clock.instant();
            verified.values().removeIf(t -> !t.expires().isAfter(now));
            if (verified.size() >= MAX_VERIFIED) {
                verified.clear();
            }
        }
        verified.put(credential, token);
    }

    private Optional<RegistryToken> check(String credential) {
        int dot = credential.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String encoded = credential.substring(0, dot);
        try {
            JsonObject payload = READERS.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(encoded),
                    StandardCharsets.UTF_8))).readObject();
            long expires = payload.getJsonNumber("exp").longValueExact();
            signer.verify(credential.substring(dot + 1), expires, PURPOSE, encoded);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            payload.getJsonArray("roles").getValuesAs(JsonString.class).forEach(r -> roles.add(Role.valueOf(r.getString())));
            Map<String, Set<String>> access = new LinkedHashMap<>();
            payload.getJsonObject("access").forEach((repository, actions) -> access.put(repository,
                    new TreeSet<>(actions.asJsonArray().getValuesAs(JsonString::getString))));
            Long apiToken = payload.containsKey(API_TOKEN) ? payload.getJsonNumber(API_TOKEN).longValueExact() : null;
            Set<String> collections = payload.containsKey(COLLECTIONS)
                    ? Set.copyOf(payload.getJsonArray(COLLECTIONS).getValuesAs(JsonString::getString)) : Set.of();
            return Optional.of(new RegistryToken(new Caller(payload.getString("sub"), roles, collections), access,
                    Instant.ofEpochSecond(payload.getJsonNumber("iat").longValueExact()), Instant.ofEpochSecond(expires),
                    apiToken));
        } catch (RuntimeException e) {
            // Forged, expired, or not ours at all: to the client it is the same invalid token. RuntimeException, not
            // a list: beside JsonException, Parsson refuses JSON nested over 1000 deep with a plain RuntimeException.
            return Optional.empty();
        }
    }
}
