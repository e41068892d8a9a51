package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.Caller;
import org.sifregistry.common.Role;
import org.sifregistry.testing.Api;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.testing.Names;
import org.sifregistry.testing.Reply;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.application.NewApiToken;
import org.sifregistry.user.application.UserService;
import org.sifregistry.user.application.TokenSpec;
import org.sifregistry.user.domain.TokenScope;

/**
 * The server keeps verified API tokens and the lookups answered for them in memory; a change still counts at once,
 * without waiting out any cache: a token revoked right after its lookups were answered is refused, and so are the
 * registry tokens issued on it, and a role taken from its owner takes away what the role let the token see.
 */
@ExtendWith(ArquillianExtension.class)
class TokenRevocationIT {

    private static final Caller ROOT = Caller.admin("root");
    /** Enough uses that the last ones are answered from memory: the first records the use, which is a write. */
    private static final int USES = 3;

    private final Api api = new Api();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.registryWith(Deployments.testWar("token-revocation-it", TokenRevocationIT.class)
                .addClasses(Api.class, Reply.class, Names.class));
    }

    @EJB
    private ApiTokenService tokens;

    @EJB
    private UserService users;

    @Inject
    private Fixtures fixtures;

    @Test
    void aTokenRevokedRightAfterUseIsRefusedAtOnceWithWhatWasIssuedOnIt() {
        Caller owner = fixtures.signedInUser();
        CollectionName collection = fixtures.collection(owner, true);
        fixtures.container(collection, "kept:v1", owner);
        NewApiToken token = tokens.create(TokenSpec.personal("ci", TokenScope.PULL, null), owner);
        String secret = token.secret();
        String registryToken = registryToken(owner, secret, collection + "/kept");
        for (int use = 0; use < USES; use++) {
            api.get("v1/images/" + collection + "/kept:v1", secret).expect(200);
            api.get("api/container/" + collection + "/kept:v1", secret).expect(200);
            api.get("v1/token-status", secret).expect(200);
            api.get("v2/", registryToken).expect(200);
        }

        tokens.revoke(token.token().id(), owner);

        api.get("v1/images/" + collection + "/kept:v1", secret).expectError(401);
        api.get("api/container/" + collection + "/kept:v1", secret).expectError(401);
        api.get("v1/token-status", secret).expectError(401);
        api.get("v2/", registryToken).expect(401);
    }

    @Test
    void aRoleTakenFromTheOwnerTakesAwayWhatTheirTokenSaw() {
        Caller owner = fixtures.signedInUser();
        CollectionName collection = fixtures.collection(owner, true);
        fixtures.container(collection, "hidden:v1", owner);
        Caller stranger = fixtures.signedInUser();
        String secret = tokens.create(TokenSpec.personal("ci", TokenScope.PULL, null), stranger).secret();
        String image = "v1/images/" + collection + "/hidden:v1";
        api.get(image, secret).expectError(404);

        users.grant(stranger.username(), Role.ADMIN, ROOT);
        for (int use = 0; use < USES; use++) {
            api.get(image, secret).expect(200);
        }

        users.revoke(stranger.username(), Role.ADMIN, ROOT);
        api.get(image, secret).expectError(404);
    }

    /** A token of {@code /v2/token} for pulling the repository, asked for with the API token as the password. */
    private String registryToken(Caller owner, String secret, String repository) {
        String scope = URLEncoder.encode("repository:" + repository + ":pull", StandardCharsets.UTF_8);
        Reply reply = api.send(Api.request("v2/token?service=registry&scope=" + scope)
                .header("Authorization", Api.basic(owner.username(), secret)).GET()).expect(200);
        String token = reply.json().getString("token");
        assertFalse(token.startsWith("sifr_"), "a registry token, not the API token: " + token);
        return token;
    }
}
