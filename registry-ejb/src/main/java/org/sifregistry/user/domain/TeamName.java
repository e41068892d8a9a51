package org.sifregistry.user.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NamingRule;

/** The name of a team of users. Trimmed and lowercased on creation; see {@link NamingRule}. */
public record TeamName(String value) {

    public static final int MAX_LENGTH = 64;

    public TeamName {
        value = NamingRule.slug("team", ErrorKey.WORD_TEAM_NAME, value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
