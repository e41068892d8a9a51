package org.sifregistry.share.application;

import org.sifregistry.share.domain.ShareLink;

/** A link just made: the only moment its secret token is known. */
public record NewShareLink(String token, ShareLink link) {
}
