package org.sifregistry.container.rest.oci;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.DuplicateCollectionException;
import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.RepositoryAccess;
import org.sifregistry.site.application.RegistryConfig;

/**
 * Decides whether the current request may pull from or push to a repository, with the same answers as the other
 * protocols: what the caller may not see is missing (404), what they see but may not change is denied (403). OCI
 * clients send credentials only after a challenge, so a request without any (or with an anonymous token) that is
 * not allowed gets 401 with the {@code Bearer} challenge instead, whether the repository exists or not, and a token
 * that was not issued for what is asked gets the challenge for a new one.
 */
@RequestScoped
public class OciAccess {

    @Inject
    private ArtifactService artifacts;

    @Inject
    private CollectionService collections;

    @Inject
    private RegistryConfig config;

    private RegistryToken token;

    void presented(RegistryToken verified) {
        this.token = verified;
    }

    /** Whether the request brought credentials of some kind: a signed-in user, an API token or a registry token. */
    boolean hasCredentials(Caller caller) {
        return token != null || !caller.isAnonymous();
    }

    /** Whether the request came with a registry token, whose scope limits it to the repositories it names. */
    boolean hasToken() {
        return token != null;
    }

    /** Whether the caller may pull from {@code repository}, by the rules and any registry token; never throws. */
    boolean allowsPull(RepositoryName repository, Caller caller) {
        boolean ruled = artifacts.access(repository.collection(), caller).pull();
        return ruled && (token == null || token.actions(repository.text()).map(a -> a.contains(RegistryToken.PULL))
                .orElse(false));
    }

    /**
     * @return what the caller may do there, and whether the collection is private
     * @throws OciException unless the caller may pull from {@code repository}
     */
    RepositoryAccess requirePull(RepositoryName repository, Caller caller) {
        return require(repository, RegistryToken.PULL, false, caller);
    }

    /** @throws OciException unless the caller may push to {@code repository} */
    void requirePush(RepositoryName repository, Caller caller) {
        require(repository, RegistryToken.PUSH, false, caller);
    }

    /**
     * Like {@link #requirePush}, for the requests that begin to put something into a repository (a blob upload, a
     * manifest). A collection nobody has yet ({@link RepositoryAccess#CREATE}) is created, owned by the pusher, as
     * the library API's collection creation would make it: an OCI client has no step of its own for that.
     */
    void requirePushCreating(RepositoryName repository, Caller caller) {
        if (require(repository, RegistryToken.PUSH, true, caller).pull()) {
            return;
        }
        try {
            collections.createForPush(repository.collection(), caller);
        } catch (DuplicateCollectionException raced) {
            // made meanwhile, by a parallel request of the same push or by someone else: the rules answer again
            require(repository, RegistryToken.PUSH, false, caller);
        }
    }

    /** @param creating whether the request may create the collection: else one nobody has yet is missing */
    private RepositoryAccess require(RepositoryName repository, String action, boolean creating, Caller caller) {
        RepositoryAccess rules = artifacts.access(repository.collection(), caller);
        boolean ruled = RegistryToken.PULL.equals(action) ? rules.pull() : rules.push() && (rules.pull() || creating);
        String scope = "repository:" + repository.text() + ":" + (RegistryToken.PULL.equals(action) ? "pull" : "pull,push");
        if (token != null) {
            Set<String> granted = token.actions(repository.text()).orElse(null);
            if (granted == null || (ruled && !granted.contains(action))) {
                throw challenge(scope, "insufficient_scope");
            }
            ruled = ruled && granted.contains(action);
        }
        if (ruled) {
            return rules;
        }
        if (caller.isAnonymous()) {
            throw challenge(scope, null);
        }
        if (creating && artifacts.isOutOfReachToMake(repository.collection(), caller)) {
            throw new OciException(OciError.DENIED, caller.outOfReach(repository.collection().value()).getMessage());
        }
        if (!rules.pull()) {
            throw new OciException(OciError.NAME_UNKNOWN, "There is no repository " + repository.text());
        }
        throw new OciException(OciError.DENIED, "Only an owner of '" + repository.collection().value()
                + "' or an admin may push to " + repository.text());
    }

    /** 401 with where and how to get a token; {@code scope} may be null (the ping), {@code error} too. */
    OciException challenge(String scope, String error) {
        StringBuilder challenge = new StringBuilder("Bearer realm=\"").append(config.baseUrl())
                .append("/v2/token\",service=\"").append(service()).append('"');
        if (scope != null) {
            challenge.append(",scope=\"").append(scope).append('"');
        }
        if (error != null) {
            challenge.append(",error=\"").append(error).append('"');
        }
        String message = "invalid_token".equals(error) ? "The token is not valid or has expired; get a new one"
                : "insufficient_scope".equals(error) ? "The token does not grant this; get one for " + scope
                : "Authentication required";
        return new OciException(OciError.UNAUTHORIZED, 401, message, null,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge.toString()));
    }

    /** The registry's host (and port), the {@code service} tokens are for. */
    String service() {
        URI base = config.baseUrl();
        return base.getPort() < 0 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }
}
