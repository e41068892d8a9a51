package org.sifregistry.collection.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionQuery;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.DuplicateCollectionException;
import org.sifregistry.collection.domain.SignedOnly;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.UniqueViolation;
import org.sifregistry.common.UserText;
import org.sifregistry.container.domain.ArtifactBlobRepository;
import org.sifregistry.container.domain.ArtifactManifestRepository;
import org.sifregistry.container.domain.ArtifactTagRepository;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.PublicCarriers;
import org.sifregistry.share.domain.ShareLinkRepository;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.star.domain.StarRepository;
import org.sifregistry.stats.application.PublicDownloads;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;
import org.sifregistry.user.domain.Username;

/**
 * Creating, finding, listing, describing, sharing with members and deleting collections, within what the caller may
 * see and do.
 */
@Stateless
public class CollectionService {

    @Inject
    private PublicCarriers publicCarriers;

    @Inject
    private CollectionRepository collections;

    @Inject
    private Audit audit;

    @Inject
    private ContainerRepository containers;

    @Inject
    private ImageRepository images;

    @Inject
    private ArtifactBlobRepository artifactBlobs;

    @Inject
    private ArtifactTagRepository artifactTags;

    @Inject
    private ArtifactManifestRepository artifactManifests;

    @Inject
    private StarRepository stars;

    @Inject
    private ShareLinkRepository shareLinks;

    @Inject
    private UserRepository users;

    @Inject
    private SettingsService settings;

    @Inject
    private PublicDownloads publicDownloads;

    @Inject
    private Clock clock;

    /**
     * Refuses a library reference's entity that does not name the collection ({@link Collection#answersToEntity}),
     * as if the collection were missing; no entity (a shorter reference) and {@code defaultEntity} name every
     * collection, and the caller's own name every collection they may push into (an admin's, any). A collection the
     * caller may not see is left to the lookup that follows, which answers it as missing.
     */
    public void requireEntity(CollectionName name, String entity, String defaultEntity, Caller caller) {
        if (entity == null || entity.isEmpty() || entity.equals(defaultEntity)) {
            return;
        }
        collections.findVisible(name, caller)
                .filter(c -> !c.answersToEntity(entity) && !(entity.equals(caller.username()) && c.isManageableBy(caller)))
                .ifPresent(c -> {
                    throw new NotFoundException(ErrorKey.LIBRARY_ENTITY_MISMATCH, UserText.quoted(entity),
                            name.value(), defaultEntity);
                });
    }

    /** Creates a collection owned by the caller; of two concurrent creates of one name, one wins, one conflicts. */
    public Collection create(CollectionName name, boolean privateCollection, Caller caller) {
        return create(name, privateCollection, caller.requireSignedIn(), caller);
    }

    /**
     * Creates a collection owned by {@code owner}, who gets it as if they had made it themselves: the caller, or
     * for a manager or an admin anyone else (the manager does not become an owner). An owner the registry has not
     * seen yet gets an account now, as with {@link #addOwner}: with a directory behind the sign-in, people exist
     * before their first visit, and a collection made ready for them is the point of this.
     */
    public Collection create(CollectionName name, boolean privateCollection, String owner, Caller caller) {
        return create(name, privateCollection, owner, null, caller);
    }

    /** Like {@link #create(CollectionName, boolean, String, Caller)}, with a description (null for none). */
    public Collection create(CollectionName name, boolean privateCollection, String owner, String description,
                             Caller caller) {
        String username = caller.requireSignedIn();
        String ownerName = owner == null || owner.isBlank() ? username : new Username(owner).value();
        if (!ownerName.equals(username) && !caller.isManager()) {
            throw new AccessDeniedException(ErrorKey.COLLECTION_FOR_OTHERS);
        }
        caller.requireReaches(name.value());
        if (collections.findByName(name).isPresent()) {
            throw new DuplicateCollectionException(name);
        }
        Instant now = clock.instant();
        UserAccount ownerAccount = users.getOrCreate(ownerName);
        Collection collection = new Collection(name, ownerAccount, privateCollection, now);
        collection.describe(description, privateCollection, now);
        if (ownerAccount.isRobot()) {
            // A team's token works for the team: what it makes is the team's, and stays within its reach
            users.teamsOf(ownerName, new PageRequest(0, PageRequest.MAX_LIMIT)).forEach(collection::addTeam);
        }
        try {
            collections.add(collection);
        } catch (PersistenceException e) {
            if (UniqueViolation.isCauseOf(e)) {
                throw new DuplicateCollectionException(name);
            }
            throw e;
        }
        audit.record(AuditAction.COLLECTION_CREATED, caller, name.value(), null,
                (privateCollection ? "private" : "public") + ", owner " + ownerName);
        return collection;
    }

    /**
     * Creates the collection a push names when nobody has it yet, since an OCI client has no step of its own for
     * that: owned by the pusher and private as the site's default says, as the library client's creation under the
     * pusher's own entity makes it.
     */
    public Collection createForPush(CollectionName name, Caller caller) {
        return create(name, settings.get().defaultPrivate(), caller);
    }

    public Optional<Collection> find(CollectionName name, Caller caller) {
        return collections.findVisible(name, caller);
    }

    public Collection get(CollectionName name, Caller caller) {
        return collections.getVisible(name, caller);
    }

    /** The collection with its members and what the caller may do with it; a hidden one reads as missing. */
    public CollectionDetails details(CollectionName name, Caller caller) {
        Collection c = get(name, caller);
        return new CollectionDetails(c.name().value(), c.description(), c.isPrivate(), c.created(), c.updated(),
                c.containerCount(), c.starCount(), c.downloadCount(),
                sorted(c.owners().stream().map(UserAccount::username)),
                sorted(c.contributors().stream().map(UserAccount::username)),
                sorted(c.teams().stream().map(t -> t.name().value())), c.isManageableBy(caller),
                !caller.isAnonymous() && stars.find(caller.username(), name).isPresent(), c.signedOnly());
    }

    /** Sets which images the collection takes (any, or signed ones only): for its owners and admins. */
    public Collection acceptOnly(CollectionName name, SignedOnly rule, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.acceptOnly(rule, clock.instant());
        audit.record(AuditAction.SIGNED_ONLY_SET, caller, name.value(), null, rule.name());
        return collection;
    }

    public Page<CollectionSummary> page(CollectionQuery query, PageRequest page, Caller caller) {
        return new Page<>(list(query, page, caller), count(query, caller));
    }

    /** One page of the collections the caller may see, with their container counts from one grouped query. */
    public List<CollectionSummary> list(CollectionQuery query, PageRequest page, Caller caller) {
        return summaries(collections.page(query, page, caller));
    }

    public long count(CollectionQuery query, Caller caller) {
        return collections.count(query, caller);
    }

    public long countVisible(Caller caller) {
        return count(CollectionQuery.all(), caller);
    }

    /** The account page's list: the collections the caller owns or contributes to, the latest updated first. */
    public List<CollectionSummary> listOfMember(PageRequest page, Caller caller) {
        return summaries(collections.pageOfMember(caller.requireSignedIn(), page));
    }

    public long countOfMember(Caller caller) {
        return collections.countOfMember(caller.requireSignedIn());
    }

    /** One page of the collections the caller starred and may still see, the latest star first. */
    public List<CollectionSummary> listStarred(PageRequest page, Caller caller) {
        caller.requireSignedIn();
        return summaries(stars.starredBy(caller, page));
    }

    public long countStarred(Caller caller) {
        caller.requireSignedIn();
        return stars.countStarredBy(caller);
    }

    public Collection describe(CollectionName name, String description, boolean privateCollection, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        boolean wasPrivate = collection.isPrivate();
        collection.describe(description, privateCollection, clock.instant());
        if (wasPrivate != privateCollection) {
            publicCarriers.privacyChanged(collection, privateCollection);
            publicDownloads.privacyChanged(collection, privateCollection);
            audit.record(AuditAction.PRIVACY_CHANGED, caller, name.value(), null,
                    privateCollection ? "now private" : "now public");
        }
        return collection;
    }

    /** Gives another user the owner's rights on the collection. */
    public Collection addOwner(CollectionName name, String username, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.addOwner(users.getOrCreate(new Username(username).value()));
        membershipChanged(collection, "owner " + username + " added", caller);
        return collection;
    }

    /** Lets another user see the collection (also when private) and add topic tags. */
    public Collection addContributor(CollectionName name, String username, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.addContributor(users.getOrCreate(new Username(username).value()));
        membershipChanged(collection, "contributor " + username + " added", caller);
        return collection;
    }

    /** Lets every member of a team see the collection, also when private. */
    public Collection addTeam(CollectionName name, TeamName teamName, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.addTeam(users.findTeam(teamName)
                .orElseThrow(() -> new NotFoundException(ErrorKey.TEAM_NOT_FOUND, teamName)));
        membershipChanged(collection, "team " + teamName + " added", caller);
        return collection;
    }

    /** Takes the owner's rights from a user; refused for the last owner. */
    public Collection removeOwner(CollectionName name, String username, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.removeOwner(username);
        membershipChanged(collection, "owner " + username + " removed", caller);
        return collection;
    }

    public Collection removeContributor(CollectionName name, String username, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.removeContributor(username);
        membershipChanged(collection, "contributor " + username + " removed", caller);
        return collection;
    }

    public Collection removeTeam(CollectionName name, TeamName teamName, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.removeTeam(teamName);
        membershipChanged(collection, "team " + teamName + " removed", caller);
        return collection;
    }

    /**
     * Deletes the collection with its containers, other OCI content, stars and share links; image files are left to
     * the collector.
     */
    public void delete(CollectionName name, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        for (Container container : containers.allOf(collection)) {
            shareLinks.removeAllOf(container);
            containers.remove(container);
        }
        images.removeAllOf(collection);
        artifactBlobs.removeAllOf(collection);
        artifactTags.removeAllOf(collection);
        artifactManifests.removeAllOf(collection.name());
        stars.removeAllOf(collection);
        if (!collection.isPrivate()) {
            publicDownloads.withdraw(collection);
        }
        collections.remove(collection);
        audit.record(AuditAction.COLLECTION_DELETED, caller, name.value(), null);
    }

    private void membershipChanged(Collection collection, String change, Caller caller) {
        audit.record(AuditAction.MEMBERSHIP_CHANGED, caller, collection.name().value(), null, change);
    }

    private static List<CollectionSummary> summaries(List<Collection> rows) {
        return rows.stream().map(CollectionSummary::of).toList();
    }

    private static List<String> sorted(Stream<String> names) {
        return names.sorted().toList();
    }
}
