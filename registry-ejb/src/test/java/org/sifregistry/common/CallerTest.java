package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void grantedRolesAddToTheContainersRoles() {
        Caller alice = Caller.user("alice");

        Caller manager = alice.withRoles(Set.of(Role.MANAGER));

        assertEquals(Set.of(Role.USER, Role.MANAGER), manager.roles());
        assertTrue(manager.isManager());
        assertFalse(manager.isAdmin());
        assertEquals("alice", manager.username());
        assertTrue(alice.withRoles(Set.of(Role.ADMIN)).isAdmin());
    }

    @Test
    void noGrantedRolesChangeNothing() {
        Caller alice = Caller.user("alice");

        assertSame(alice, alice.withRoles(Set.of()));
    }

    @Test
    void aLimitedCallerReachesOnlyItsCollectionsAndKeepsNoAdminOrManagerRights() {
        Caller admin = Caller.admin("root").withRoles(Set.of(Role.MANAGER));

        Caller limited = admin.limitedTo(Set.of("ci", "tools"));

        assertTrue(limited.isLimited());
        assertTrue(limited.reaches("ci"));
        assertFalse(limited.reaches("private"));
        assertEquals(Set.of(Role.USER), limited.roles());
        assertEquals("root", limited.username());
    }

    @Test
    void anUnlimitedCallerReachesEveryCollection() {
        Caller alice = Caller.user("alice");

        assertSame(alice, alice.limitedTo(Set.of()));
        assertFalse(alice.isLimited());
        assertTrue(alice.reaches("anything"));
        assertEquals(1, alice.reachedCollections().size(), "a list an IN may take, which matches no collection");
    }

    @Test
    void aCollectionOutOfReachIsRefusedNamingThoseInReach() {
        Caller limited = Caller.user("alice").limitedTo(Set.of("tools", "ci"));

        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> limited.requireReaches("private"));

        assertEquals(ErrorKey.TOKEN_COLLECTION_DENIED, refused.key());
        assertEquals("This API token reaches only 'ci', 'tools', not 'private'; make a token for 'private' on your"
                + " account page", refused.getMessage());
    }

    @Test
    void moreRolesKeepTheLimit() {
        Caller limited = Caller.user("alice").limitedTo(Set.of("ci"));

        assertEquals(Set.of("ci"), limited.withRoles(Set.of(Role.MANAGER)).collections());
    }
}
