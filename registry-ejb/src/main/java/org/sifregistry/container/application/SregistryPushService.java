package org.sifregistry.container.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.domain.UploadTicket;
import org.sifregistry.container.domain.UploadTicketRepository;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.storage.StagedImage;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.domain.SregistryAuthorization;

/**
 * Pushes of the original registry's client ({@code sregistry push}, ha-ops.md §3) in its two steps: a signed
 * request for an upload, answered with a single-use ticket (the {@code cid}), then the signed upload of the file,
 * published as any push is. The access rules are those of a library push; a missing collection is made for the
 * pusher, as the library client's collection creation would, but only once the image is in, so that an upload that
 * fails leaves nothing.
 */
@Stateless
public class SregistryPushService {

    /** Long enough for the client to start its upload; the upload itself may take longer. */
    static final Duration TICKET_LIFETIME = Duration.ofHours(1);

    @Inject
    private ApiTokenService tokens;

    @Inject
    private CollectionRepository collections;

    @Inject
    private CollectionService collectionService;

    @Inject
    private ContainerRepository containers;

    @Inject
    private UploadTicketRepository tickets;

    @Inject
    private ImageService images;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    /**
     * Step 1: checks the signature (kind {@code push}, over the names as sent) and the right to push there, and
     * issues a ticket for the upload. Asking again only issues another ticket.
     *
     * @return the ticket's id, the {@code cid} the client names in its upload
     */
    public long begin(SregistryAuthorization authorization, String collection, String name, String tag) {
        requireKind(authorization, SregistryAuthorization.KIND_PUSH);
        if (collection == null || name == null || tag == null) {
            throw new InvalidInputException("body", ErrorKey.SREGISTRY_BODY);
        }
        Caller caller = tokens.authenticateSigned(authorization, collection, name, tag).caller();
        ContainerRef ref = new ContainerRef(new CollectionName(collection), new ContainerName(name), new Tag(tag),
                null);
        requirePushable(ref, caller);
        UploadTicket ticket = new UploadTicket(caller.username(), ref, clock.instant().plus(TICKET_LIFETIME));
        tickets.add(ticket);
        return ticket.id();
    }

    /**
     * Step 2, before the file is read: checks the signature (kind {@code upload}, over the ticket's collection and
     * the names sent) and takes the ticket out, so that the same upload cannot be sent twice.
     *
     * @throws NotFoundException if the ticket is unknown, used, expired or someone else's (alike, so that nothing is
     *                           learnt about other people's uploads)
     */
    public SregistryUpload claim(SregistryAuthorization authorization, long cid, String name, String tag) {
        requireKind(authorization, SregistryAuthorization.KIND_UPLOAD);
        Instant now = clock.instant();
        UploadTicket ticket = tickets.find(cid)
                .filter(t -> t.isUsableBy(authorization.username(), now))
                .orElseThrow(() -> ticketNotFound(cid));
        ContainerRef ref = ticket.ref();
        Caller caller = tokens.authenticateSigned(authorization, ref.collection().value(), name, tag).caller();
        if (!ref.name().value().equals(name) || !ref.tag().value().equals(tag)) {
            throw new InvalidInputException("name", ErrorKey.SREGISTRY_UPLOAD_MISMATCH, cid, ref,
                    ref.collection() + "/" + name + ":" + tag);
        }
        if (!tickets.claim(cid, caller.username(), now)) {
            throw ticketNotFound(cid);
        }
        // Rights or the container may have changed since the ticket was issued; better told before the upload
        requirePushable(ref, caller);
        return new SregistryUpload(cid, ref, caller);
    }

    /**
     * Step 2, once the file is staged: publishes it as the claimed upload, making the collection first if it is
     * missing. The caller discards the staged upload when this throws.
     */
    public void publish(SregistryUpload upload, StagedImage staged) {
        CollectionName collection = upload.ref().collection();
        if (collections.findByName(collection).isEmpty()) {
            collectionService.create(collection, settings.get().defaultPrivate(), upload.caller());
        }
        images.push(upload.ref(), staged, upload.caller());
    }

    /** Forgets the tickets that expired unused; the garbage collection calls it. */
    public int purgeExpiredTickets() {
        return tickets.deleteExpired(clock.instant());
    }

    /**
     * Where the caller may push: into a collection they own (the library rules: 404 for one they may not see, 403
     * for one they may only see), or a new one, and never over a frozen tag.
     */
    private void requirePushable(ContainerRef ref, Caller caller) {
        if (collections.findByName(ref.collection()).isPresent()) {
            images.requirePushable(ref.collection(), ref.name(), caller);
        }
        containers.findByRef(ref).ifPresent(k -> k.requireNotFrozen(ErrorKey.CONTAINER_FROZEN_MOVE_TAG));
    }

    private static void requireKind(SregistryAuthorization authorization, String kind) {
        if (!kind.equals(authorization.kind())) {
            throw new NotSignedInException(ErrorKey.SREGISTRY_AUTH_KIND, kind, authorization.kind());
        }
    }

    private static NotFoundException ticketNotFound(long cid) {
        return new NotFoundException(ErrorKey.SREGISTRY_UPLOAD_NOT_FOUND, cid);
    }
}
