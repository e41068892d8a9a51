package org.sifregistry.user.application;

import org.sifregistry.common.Caller;
import org.sifregistry.user.domain.TokenScope;

/** Who presented a valid API token, and what the token lets them do. */
public record TokenHolder(Caller caller, TokenScope scope) {
}
