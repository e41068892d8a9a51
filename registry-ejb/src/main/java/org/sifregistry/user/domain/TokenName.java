package org.sifregistry.user.domain;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/** What a user calls one of their API tokens, to tell it apart from the others; blanks around it are dropped. */
public record TokenName(String value) {

    public static final int MAX_LENGTH = 64;

    public TokenName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("name", ErrorKey.TOKEN_NAME_REQUIRED);
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("name", ErrorKey.TOKEN_NAME_TOO_LONG, MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
