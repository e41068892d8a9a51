package org.sifregistry.user.application;

import java.time.Instant;

import org.sifregistry.common.Caller;
import org.sifregistry.user.domain.TokenScope;

/**
 * Who presented a valid token, and what it lets them do: {@code tokenId} is the API token's (null for a token of
 * {@code /v2/token} issued on a password or to no one) and {@code validUntil} when it expires (null: never), which
 * nothing kept for the holder may outlive.
 */
public record TokenHolder(Caller caller, TokenScope scope, Long tokenId, Instant validUntil) {
}
