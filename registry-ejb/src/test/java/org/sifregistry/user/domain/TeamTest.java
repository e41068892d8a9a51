package org.sifregistry.user.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TeamTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void ownersAreMembersAndTheLastOneIsKnown() {
        Team team = new Team(new TeamName("science"), new UserAccount("alice", NOW), NOW);

        assertTrue(team.isMember("alice"));
        assertTrue(team.isLastOwner("alice"));

        team.addOwner(new UserAccount("bob", NOW));
        assertFalse(team.isLastOwner("alice"));
    }

    @Test
    void removingAMemberTakesAwayOwnershipToo() {
        Team team = new Team(new TeamName("science"), new UserAccount("alice", NOW), NOW);
        team.addOwner(new UserAccount("bob", NOW));
        team.addMember(new UserAccount("carol", NOW));

        team.removeMember("bob");
        team.removeMember("carol");

        assertFalse(team.isMember("bob"));
        assertFalse(team.isOwner("bob"));
        assertFalse(team.isMember("carol"));
        assertTrue(team.isLastOwner("alice"));
    }
}
