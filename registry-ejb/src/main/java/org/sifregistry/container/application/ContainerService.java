package org.sifregistry.container.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.Held;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.container.domain.ArtifactTagRepository;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.Image;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.ParseStatus;
import org.sifregistry.container.domain.PublicCarriers;
import org.sifregistry.container.domain.PublicCarriers.Carried;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.share.domain.ShareLinkRepository;
import org.sifregistry.storage.StoredImage;

/**
 * Containers: publishing a stored image under a tag, finding, listing, tagging, freezing, topic tags and deletion.
 * Reads need the collection to be visible to the caller; changes need its owner (or an admin), except topic tags,
 * which contributors may add too.
 */
@Stateless
public class ContainerService {

    @Inject
    private PublicCarriers publicCarriers;

    @Inject
    private ContainerRepository containers;

    @Inject
    private CollectionRepository collections;

    @Inject
    private ShareLinkRepository shareLinks;

    @Inject
    private ImageRepository images;

    @Inject
    private ArtifactTagRepository artifactTags;

    @Inject
    private ContainerEvents events;

    @Inject
    private LabelCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private Audit audit;

    /**
     * Publishes a stored image as {@code ref}: a new container, or the existing tag moved to the new image
     * (refused when that container is frozen). The collection must exist.
     */
    public Container publish(ContainerRef ref, StoredImage image, String architecture, Caller caller) {
        Collection collection = collections.getManageableForPush(ref.collection(), caller);
        Instant now = clock.instant();
        Container container = containers.findByRef(ref.withoutVersion()).orElse(null);
        if (container != null && container.digest().equals(image.digest())) {
            // A re-push of the same bytes: what was read from them still holds
            return container;
        }
        if (container == null) {
            // A repository has one tag namespace: the tag leaves other OCI content it pointed at
            artifactTags.find(collection, ref.name(), ref.tag()).ifPresent(artifactTags::remove);
            Container created = new Container(collection, ref.name(), ref.tag(), image, architecture, now);
            flushOrConflict(() -> containers.add(created), ErrorKey.CONTAINER_CREATED_CONCURRENTLY, ref);
            container = created;
        } else {
            Carried carried = Carried.by(container);
            long bytesBefore = container.size();
            container.moveTo(image, architecture, now);
            publicCarriers.containerChanged(container, carried, Carried.NOTHING);
            collections.addHeld(collection, Held.bytes(container.size() - bytesBefore));
        }
        recordImage(collection, ref.name(), image, caller, now);
        collection.touch(now);
        events.pushed(container);
        audit.record(AuditAction.PUSH, caller, container.ref().toString(), container.version());
        return container;
    }

    public Container get(ContainerRef ref, Caller caller) {
        return visibleTagged(ref, caller).orElseThrow(() -> new ContainerNotFoundException(ref));
    }

    /**
     * The container with what was read from its image, for the pull APIs. A pinned version may also name an image
     * no tag points at any more (or yet): it is described with id {@link ContainerDetails#UNTAGGED} and no tag.
     */
    public ContainerDetails details(ContainerRef ref, Caller caller) {
        Optional<Container> tagged = visibleTagged(ref, caller);
        if (tagged.isEmpty() && ref.version() != null) {
            Image i = uploadedImage(ref, caller);
            return new ContainerDetails(ContainerDetails.UNTAGGED, ref.toString(), i.collection().name().value(),
                    i.name().value(), null, i.digest().version(), i.size(), null, false, i.collection().isPrivate(),
                    i.created(), i.created(), 0, Map.of(), null, null, null, ParseStatus.PENDING, null, List.of(),
                    List.of());
        }
        Container k = tagged.orElseThrow(() -> new ContainerNotFoundException(ref));
        // Each lazy part is read by its own statement, and a header reader may commit between two of them. Read in
        // this order (the text fields re-read the row), what was read from the image is never older than the status
        // that says it was read: a PARSED answer always carries its labels.
        String definitionFile = k.definitionFile();
        String runscript = k.runscript();
        String help = k.help();
        ParseStatus parseStatus = k.parseStatus();
        String parseError = k.parseError();
        Map<String, String> labels = new TreeMap<>();
        k.labels().forEach(label -> labels.put(label.key(), label.value()));
        List<String> topics = k.topicTags().stream().map(t -> t.name().value()).sorted().toList();
        return new ContainerDetails(k.id(), k.ref().toString(), k.collection().name().value(), k.name().value(),
                k.tag().value(), k.version(), k.size(), k.architecture(), k.isFrozen(), k.collection().isPrivate(),
                k.created(), k.updated(), k.downloadCount(), labels, definitionFile, runscript, help,
                parseStatus, k.collection().isManageableBy(caller) ? parseError : null, topics,
                k.signatures().stream().map(SignatureSummary::of).toList());
    }

    /**
     * What a pull needs of the container that {@link #details} finds: a library pull's 303 reads nothing that came
     * from the image (labels, topics, signatures, the text fields), each of which is a statement of its own.
     */
    public PullTarget pullTarget(ContainerRef ref, Caller caller) {
        Optional<Container> tagged = visibleTagged(ref, caller);
        if (tagged.isEmpty() && ref.version() != null) {
            Image i = uploadedImage(ref, caller);
            return new PullTarget(ContainerDetails.UNTAGGED, ref.toString(), i.digest().version(),
                    i.collection().isPrivate());
        }
        Container k = tagged.orElseThrow(() -> new ContainerNotFoundException(ref));
        return new PullTarget(k.id(), k.ref().toString(), k.version(), k.collection().isPrivate());
    }

    private Optional<Container> visibleTagged(ContainerRef ref, Caller caller) {
        return containers.findByRef(ref).filter(k -> k.collection().isVisibleTo(caller));
    }

    /** The uploaded image that {@code ref}'s pinned version names in a collection the caller may see. */
    private Image uploadedImage(ContainerRef ref, Caller caller) {
        return collections.findVisible(ref.collection(), caller)
                .flatMap(c -> images.find(c, ref.name(), ref.version()))
                .filter(Image::isUploaded)
                .orElseThrow(() -> new ContainerNotFoundException(ref));
    }

    /**
     * The container with what the caller may do with it and every tag of its name, for the container page. The
     * rights are those of its collection; an image no tag points at is shown but offers nothing to do.
     */
    public ContainerView view(ContainerRef ref, Caller caller) {
        ContainerDetails details = details(ref, caller);
        Collection collection = collections.getVisible(ref.collection(), caller);
        List<TagSummary> tags = containers.tagsOf(collection, ref.name()).stream().map(TagSummary::of).toList();
        return new ContainerView(details, details.isTagged() && collection.isManageableBy(caller),
                details.isTagged() && collection.isTopicEditableBy(caller), tags);
    }

    /** One page of a collection's container names, each with all its tags, by name. */
    public List<ContainerGroup> groups(CollectionName collectionName, PageRequest page, Caller caller) {
        Collection collection = collections.getVisible(collectionName, caller);
        Map<String, List<TagSummary>> byName = new LinkedHashMap<>();
        for (Container k : containers.tagsOf(collection, containers.names(collection, page))) {
            byName.computeIfAbsent(k.name().value(), name -> new ArrayList<>()).add(TagSummary.of(k));
        }
        return byName.entrySet().stream().map(e -> new ContainerGroup(e.getKey(), e.getValue())).toList();
    }

    /** How many distinct container names the collection holds. */
    public long countGroups(CollectionName collectionName, Caller caller) {
        return containers.countNames(collections.getVisible(collectionName, caller));
    }

    public Page<Container> page(CollectionName collectionName, PageRequest page, Caller caller) {
        Collection collection = collections.getVisible(collectionName, caller);
        return new Page<>(containers.page(collection, page), collection.containerCount());
    }

    public List<Container> newest(int limit, Caller caller) {
        return containers.newest(limit, caller);
    }

    public long countVisible(Caller caller) {
        return containers.countVisible(caller);
    }

    /** Gives the image of {@code source} a further tag; an existing container with that tag is moved unless frozen. */
    public Container tag(ContainerRef source, Tag newTag, Caller caller) {
        Container original = getManageable(source, caller);
        return publish(source.withoutVersion().withTag(newTag), original.image(), original.architecture(), caller);
    }

    /** Renames the tag of a container; refused when it is frozen or the new tag is taken. */
    public Container retag(ContainerRef ref, Tag newTag, Caller caller) {
        Container container = getManageable(ref, caller);
        ContainerRef target = container.ref().withTag(newTag);
        if (containers.findByRef(target).isPresent()) {
            throw new ConflictException(ErrorKey.CONTAINER_TAG_TAKEN, target);
        }
        String before = container.ref().toString();
        container.retag(newTag, clock.instant());
        flushOrConflict(containers::flush, ErrorKey.CONTAINER_TAG_TAKEN, target);
        audit.record(AuditAction.TAG_MOVED, caller, target.toString(), container.version(), "from " + before);
        return container;
    }

    public Container freeze(ContainerRef ref, boolean frozen, Caller caller) {
        Container container = getManageable(ref, caller);
        container.freeze(frozen, clock.instant());
        audit.record(frozen ? AuditAction.FREEZE : AuditAction.UNFREEZE, caller, container.ref().toString(),
                container.version());
        return container;
    }

    public Container addTopicTag(ContainerRef ref, TopicName topic, Caller caller) {
        Container container = getTopicEditable(ref, caller);
        Carried carried = Carried.by(container);
        container.addTopicTag(catalog.topicTag(topic));
        publicCarriers.containerChanged(container, carried, Carried.by(container));
        return container;
    }

    public Container removeTopicTag(ContainerRef ref, TopicName topic, Caller caller) {
        Container container = getTopicEditable(ref, caller);
        Carried carried = Carried.by(container);
        container.removeTopicTag(topic);
        publicCarriers.containerChanged(container, carried, Carried.by(container));
        return container;
    }

    /**
     * Deletes a container and its share links, and its image when no other tag of the name points at it, so that
     * the image no longer counts against a quota; the image file stays while other containers use it, and goes
     * with the next garbage collection otherwise.
     */
    public void delete(ContainerRef ref, Caller caller) {
        Container container = getManageable(ref, caller);
        container.requireNotFrozen(ErrorKey.CONTAINER_FROZEN_DELETE);
        remove(container);
        audit.record(AuditAction.DELETE, caller, container.ref().toString(), container.version());
    }

    /** Deletes a container as {@link #delete} does, for whoever already decided it may go (retention rules). */
    public void remove(Container container) {
        shareLinks.removeAllOf(container);
        containers.remove(container);
        boolean stillTagged = containers.tagsOf(container.collection(), container.name()).stream()
                .anyMatch(k -> k != container && k.digest().equals(container.digest()));
        if (!stillTagged) {
            images.find(container.collection(), container.name(), container.digest()).ifPresent(images::remove);
        }
    }

    /** Every tagged image is an image of its container name too, as the library protocol lists them. */
    private void recordImage(Collection collection, ContainerName name, StoredImage stored, Caller caller, Instant now) {
        Image image = images.findOrAdd(collection, name, stored.digest(), caller.username(), now);
        if (!image.isUploaded()) {
            image.uploaded(stored);
        }
    }

    private Container getManageable(ContainerRef ref, Caller caller) {
        caller.requireSignedIn();
        Container container = get(ref, caller);
        container.collection().requireManageableBy(caller);
        return container;
    }

    /** Writes now, so that losing a race on the unique (collection, name, tag) reads as a conflict. */
    private static void flushOrConflict(Runnable write, ErrorKey conflict, Object subject) {
        try {
            write.run();
        } catch (PersistenceException e) {
            throw UniqueViolation.isCauseOf(e) ? new ConflictException(conflict, subject) : e;
        }
    }

    private Container getTopicEditable(ContainerRef ref, Caller caller) {
        caller.requireSignedIn();
        Container container = get(ref, caller);
        if (!container.collection().isTopicEditableBy(caller)) {
            throw new AccessDeniedException(ErrorKey.CONTAINER_TOPICS_DENIED, ref.collection());
        }
        return container;
    }
}
