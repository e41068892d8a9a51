package org.sifregistry.quota.domain;

import java.io.Serializable;

import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.UserAccount;

/** An account images count against: a user, or a team. */
public record QuotaHolder(Kind kind, long id, String name) implements Serializable {

    public enum Kind { USER, TEAM }

    public static QuotaHolder of(UserAccount user) {
        return new QuotaHolder(Kind.USER, user.id(), user.username());
    }

    public static QuotaHolder of(Team team) {
        return new QuotaHolder(Kind.TEAM, team.id(), team.name().value());
    }
}
