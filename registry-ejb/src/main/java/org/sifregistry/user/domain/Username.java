package org.sifregistry.user.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * The name of a user as someone types it to name another (an owner, a member): the principal the sign-in gives, as
 * the realm spells it. Local accounts, LDAP uids and OIDC preferred_usernames allow different characters (capitals,
 * dots, {@code @}, spaces), and a name any realm accepts must be accepted here, so the rule is only what every realm
 * shares: there is a name, and it fits the column. Blanks around it, which a form or a paste adds, are dropped.
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 255;

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("username", ErrorKey.USERNAME_REQUIRED);
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("username", ErrorKey.USERNAME_TOO_LONG, MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
