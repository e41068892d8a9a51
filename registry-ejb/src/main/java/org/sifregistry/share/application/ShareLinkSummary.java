package org.sifregistry.share.application;

import java.io.Serializable;
import java.time.Instant;

import org.sifregistry.share.domain.ShareLink;

/** A share link as its container's owners see it listed; the token itself is never shown again. */
public record ShareLinkSummary(long id, String createdBy, Instant created, Instant expiresAt, Instant revokedAt,
                               boolean usable) implements Serializable {

    static ShareLinkSummary of(ShareLink link, Instant now) {
        return new ShareLinkSummary(link.id(), link.createdBy().username(), link.created(), link.expiresAt(),
                link.revokedAt(), link.isUsableAt(now));
    }
}
