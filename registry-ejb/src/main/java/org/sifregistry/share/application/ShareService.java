package org.sifregistry.share.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.GoneException;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.Secrets;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.share.domain.ShareLink;
import org.sifregistry.share.domain.ShareLinkNotFoundException;
import org.sifregistry.share.domain.ShareLinkRepository;
import org.sifregistry.user.domain.UserRepository;

/** Expiring download links: owners make and revoke them; anyone holding a live one may download its container. */
@Stateless
public class ShareService {

    public static final Duration MAX_LIFETIME = Duration.ofDays(90);

    @Inject
    private ShareLinkRepository links;

    @Inject
    private UserRepository users;

    @Inject
    private ContainerService containers;

    @Inject
    private Clock clock;

    @Inject
    private Audit audit;

    public NewShareLink create(ContainerRef ref, Instant expiresAt, Caller caller) {
        Container container = manageable(ref, caller);
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new InvalidInputException("expiresAt", ErrorKey.SHARE_EXPIRY_PAST);
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiresAt", ErrorKey.SHARE_LIFETIME, MAX_LIFETIME.toDays());
        }
        String token = Secrets.newToken();
        ShareLink link = new ShareLink(Secrets.sha256Hex(token), container, users.getOrCreate(caller.username()),
                expiresAt, now);
        links.add(link);
        audit.record(AuditAction.SHARE_CREATED, caller, container.ref().toString(), container.version(),
                "expires " + expiresAt);
        return new NewShareLink(token, link);
    }

    /** The container a live link gives access to; an unknown token is not found, an expired or revoked one is gone. */
    public Container resolve(String token) {
        ShareLink link = links.findByTokenHash(Secrets.sha256Hex(token == null ? "" : token))
                .orElseThrow(ShareLinkNotFoundException::new);
        if (link.isRevoked()) {
            throw new GoneException(ErrorKey.SHARE_REVOKED);
        }
        if (link.isExpiredAt(clock.instant())) {
            throw new GoneException(ErrorKey.SHARE_EXPIRED);
        }
        Container container = link.container();
        audit.record(AuditAction.SHARE_USED, Caller.anonymous(), container.ref().toString(), container.version(),
                "link of " + link.createdBy().username());
        return container;
    }

    /** One page of the container's links, newest first, revoked and expired ones included. */
    public List<ShareLinkSummary> list(ContainerRef ref, PageRequest page, Caller caller) {
        Instant now = clock.instant();
        return links.page(manageable(ref, caller), page).stream().map(link -> ShareLinkSummary.of(link, now)).toList();
    }

    public long count(ContainerRef ref, Caller caller) {
        return links.count(manageable(ref, caller));
    }

    public void revoke(long linkId, Caller caller) {
        ShareLink link = links.find(linkId).orElseThrow(ShareLinkNotFoundException::new);
        if (!link.container().collection().isManageableBy(caller)) {
            throw new AccessDeniedException(ErrorKey.SHARE_REVOKE_DENIED);
        }
        link.revoke(clock.instant());
        audit.record(AuditAction.SHARE_REVOKED, caller, link.container().ref().toString(), link.container().version());
    }

    /** Deletes links that expired before the cutoff; returns how many. */
    public int purgeExpiredBefore(Instant cutoff) {
        return links.removeExpiredBefore(cutoff);
    }

    private Container manageable(ContainerRef ref, Caller caller) {
        caller.requireSignedIn();
        Container container = containers.get(ref, caller);
        if (!container.collection().isManageableBy(caller)) {
            throw new AccessDeniedException(ErrorKey.SHARE_DENIED, ref.collection());
        }
        return container;
    }
}
