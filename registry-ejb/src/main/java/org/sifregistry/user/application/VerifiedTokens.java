package org.sifregistry.user.application;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.common.DataVersion;
import org.sifregistry.common.Secrets;
import org.sifregistry.common.metrics.RegistryMetrics;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Authenticates API tokens for every request that presents one, from memory once a token was read: a CI job sends
 * its token with each lookup and pull, and reading the token, its owner and their roles each time, and writing when
 * it was used, cost more than the lookup. What this server keeps ends with any committed write, so a revoked token is
 * refused, and a role change applies, at once ({@link TokenCache}); other servers of a cluster keep a token for at
 * most {@link RegistryConfig#lookupCacheLifetime()}. Outside any transaction: only a use worth recording writes.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** People keep a handful of tokens each; far more live at once only means reading some again. */
    private static final int MAX_TOKENS = 10_000;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private RegistryConfig config;

    @Inject
    private Clock clock;

    @Inject
    private RegistryMetrics metrics;

    private TokenCache<String> bySecretHash;
    private TokenCache<Long> byId;

    @PostConstruct
    void start() {
        bySecretHash = new TokenCache<>(config.lookupCacheLifetime(), MAX_TOKENS, clock, DataVersion::current);
        byId = new TokenCache<>(config.lookupCacheLifetime(), MAX_TOKENS, clock, DataVersion::current);
    }

    /**
     * The holder of a live token, with its owner's roles from their last sign-in and those granted in the registry
     * (the container cannot be asked without a sign-in); empty for an unknown, expired or revoked secret. Records
     * the use, to the minute.
     */
    public Optional<TokenHolder> authenticate(String secret) {
        if (!ApiTokenService.isApiToken(secret)) {
            return Optional.empty();
        }
        String hash = Secrets.sha256Hex(secret);
        Optional<TokenCache.Kept> kept = kept(bySecretHash, hash)
                .or(() -> read(bySecretHash, hash, () -> tokens.verify(hash)));
        kept.filter(token -> token.claimUse(clock.instant())).ifPresent(token -> tokens.recordUse(token.token().id()));
        return kept.map(token -> token.token().holder());
    }

    /** Whether the API token is still live: what was issued on it (a token of {@code /v2/token}) ends with it. */
    public boolean isLive(long id) {
        return kept(byId, id).or(() -> read(byId, id, () -> tokens.verify(id))).isPresent();
    }

    private <K> Optional<TokenCache.Kept> kept(TokenCache<K> cache, K key) {
        Optional<TokenCache.Kept> kept = cache.get(key);
        metrics.lookedUp(RegistryMetrics.LookupCache.TOKENS, kept.isPresent());
        return kept;
    }

    private static <K> Optional<TokenCache.Kept> read(TokenCache<K> cache, K key,
                                                    Supplier<Optional<VerifiedToken>> reader) {
        long version = DataVersion.current();
        return reader.get().map(token -> cache.put(key, version, token));
    }
}
