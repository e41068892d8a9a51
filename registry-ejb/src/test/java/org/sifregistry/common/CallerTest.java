package org.sifregistry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
}
