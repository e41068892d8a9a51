package org.sifregistry.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.Role;
import org.sifregistry.testing.Deployments;
import org.sifregistry.testing.Fixtures;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.application.TokenHolder;
import org.sifregistry.user.application.UserService;
import org.sifregistry.user.application.UserSummary;
import org.sifregistry.user.application.VerifiedTokens;
import org.sifregistry.user.application.TokenSpec;
import org.sifregistry.user.domain.TokenScope;

/** Accounts recorded at sign-in, listed for admins, and the roles admins grant, which reach every caller. */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

    private static final Caller ROOT = Caller.admin("root");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("user-service-it", UserServiceIT.class);
    }

    @EJB
    private UserService users;

    @EJB
    private ApiTokenService tokens;

    @EJB
    private CollectionService collections;

    @Inject
    private VerifiedTokens verifiedTokens;

    @Inject
    private Fixtures fixtures;

    @Test
    void signingInRecordsTheAccountAndWhen() {
        Caller user = fixtures.signedInUser();

        UserSummary listed = only(users.list(user.username(), PageRequest.first(10), ROOT));

        assertEquals(user.username(), listed.username());
        assertNotNull(listed.created());
        assertNotNull(listed.lastSignIn());
        assertEquals(Set.of(), listed.grantedRoles());
    }

    @Test
    void theNameAndEmailFromTheDirectoryAreKeptUntilItSaysOtherwise() {
        Caller user = Fixtures.user();

        users.signedIn(user, "Lena Lindqvist", "lena@example.org");
        users.signedIn(user, null, null);

        UserSummary listed = only(users.list(user.username(), PageRequest.first(10), ROOT));
        assertEquals("Lena Lindqvist", listed.displayName());
        assertEquals("lena@example.org", listed.email());

        users.signedIn(user, "Lena Berg", "lena.berg@example.org");
        listed = only(users.list(user.username(), PageRequest.first(10), ROOT));
        assertEquals("Lena Berg", listed.displayName());
        assertEquals("lena.berg@example.org", listed.email());
    }

    @Test
    void usersArePagedAndSearchedByNameInAnyCase() {
        String prefix = Fixtures.unique("pager");
        for (String suffix : List.of("c", "a", "b")) {
            users.signedIn(Caller.user(prefix + "-" + suffix), null, null);
        }

        assertEquals(List.of(prefix + "-a", prefix + "-b"), usernames(users.list(prefix.toUpperCase(),
                new PageRequest(0, 2), ROOT)));
        assertEquals(List.of(prefix + "-c"), usernames(users.list(prefix, new PageRequest(2, 2), ROOT)));
        assertEquals(3, users.count(prefix, ROOT));
        assertEquals(0, users.count("100%_" + prefix, ROOT), "LIKE's wildcards match only themselves");
    }

    @Test
    void onlyAdminsListUsersAndGrantRoles() {
        Caller user = fixtures.signedInUser();
        Caller other = fixtures.signedInUser();

        assertThrows(AccessDeniedException.class, () -> users.list("", PageRequest.first(10), user));
        assertThrows(AccessDeniedException.class, () -> users.grant(other.username(), Role.ADMIN, user));
        assertThrows(AccessDeniedException.class, () -> users.grant(user.username(), Role.ADMIN, user));
        assertThrows(AccessDeniedException.class, () -> users.revoke(other.username(), Role.MANAGER, user));
        assertEquals(Set.of(), users.grantedRoles(other.username()));
        assertEquals(Set.of(), users.grantedRoles(user.username()));
    }

    @Test
    void adminsGrantAndRevokeManagerAndAdmin() {
        Caller user = fixtures.signedInUser();

        users.grant(user.username(), Role.MANAGER, ROOT);
        users.grant(user.username(), Role.ADMIN, ROOT);
        users.grant(user.username(), Role.ADMIN, ROOT);
        assertEquals(Set.of(Role.MANAGER, Role.ADMIN), users.grantedRoles(user.username()));
        assertEquals(Set.of(Role.MANAGER, Role.ADMIN),
                only(users.list(user.username(), PageRequest.first(10), ROOT)).grantedRoles());

        users.revoke(user.username(), Role.MANAGER, ROOT);
        assertEquals(Set.of(Role.ADMIN), users.grantedRoles(user.username()));
    }

    @Test
    void aGrantedAdminActsAsOneButCannotRevokeTheirOwnAdminRole() {
        Caller user = fixtures.signedInUser();
        Caller other = fixtures.signedInUser();
        users.grant(user.username(), Role.ADMIN, ROOT);
        Caller granted = user.withRoles(users.grantedRoles(user.username()));

        users.grant(other.username(), Role.MANAGER, granted);
        AccessDeniedException own = assertThrows(AccessDeniedException.class,
                () -> users.revoke(user.username(), Role.ADMIN, granted));

        assertTrue(own.getMessage().contains("your own admin role"), own.getMessage());
        assertEquals(Set.of(Role.MANAGER), users.grantedRoles(other.username()));
        assertEquals(Set.of(Role.ADMIN), users.grantedRoles(user.username()));
    }

    @Test
    void grantedRolesReachTokenHoldersAndTheRulesTheyMeet() {
        Caller owner = fixtures.signedInUser();
        CollectionName hidden = fixtures.collection(owner, true);
        Caller user = fixtures.signedInUser();
        String secret = tokens.create(TokenSpec.personal("laptop", TokenScope.PULL, null), user).secret();
        assertFalse(holder(secret).caller().isAdmin());
        assertTrue(collections.find(hidden, holder(secret).caller()).isEmpty(), "a stranger does not see it");

        users.grant(user.username(), Role.ADMIN, ROOT);

        Caller viaToken = holder(secret).caller();
        assertTrue(viaToken.isAdmin());
        assertTrue(collections.find(hidden, viaToken).isPresent(), "a granted admin sees private collections");
    }

    @Test
    void tokensCarryTheRolesOfTheLastSignInSoADirectoryAdminIsOneThroughTheApiToo() {
        String username = Fixtures.unique("ldap-admin");
        users.signedIn(new Caller(username, Set.of(Role.USER, Role.MANAGER, Role.ADMIN)), null, null);
        String secret = tokens.create(TokenSpec.personal("laptop", TokenScope.PULL, null), Caller.user(username))
                .secret();

        assertEquals(Set.of(Role.USER, Role.MANAGER, Role.ADMIN), holder(secret).caller().roles());

        users.signedIn(new Caller(username, Set.of(Role.USER)), null, null);
        assertEquals(Set.of(Role.USER), holder(secret).caller().roles(), "left the directory's admin group");
    }

    @Test
    void onlyManagerAndAdminCanBeGrantedAndOnlyToKnownUsers() {
        Caller user = fixtures.signedInUser();

        assertThrows(InvalidInputException.class, () -> users.grant(user.username(), Role.USER, ROOT));
        assertThrows(NotFoundException.class, () -> users.grant(Fixtures.unique("nobody"), Role.ADMIN, ROOT));
        assertEquals(Set.of(), users.grantedRoles(Fixtures.unique("nobody")));
    }

    private TokenHolder holder(String secret) {
        return verifiedTokens.authenticate(secret).orElseThrow();
    }

    private static UserSummary only(List<UserSummary> list) {
        assertEquals(1, list.size(), "one user matches: " + list);
        return list.get(0);
    }

    private static List<String> usernames(List<UserSummary> list) {
        return list.stream().map(UserSummary::username).toList();
    }
}
