package org.sifregistry.retention.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.CollectionRepository;
import org.sifregistry.collection.domain.RetentionPolicy;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.mail.Mail;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.ContainerName;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageRepository;
import org.sifregistry.container.domain.Tag;
import org.sifregistry.retention.domain.RetentionCandidate;
import org.sifregistry.retention.domain.RetentionPlanner;
import org.sifregistry.retention.domain.RetentionRepository;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.user.domain.UserAccount;

/**
 * Retention rules: owners set them per collection, and collections without rules follow the site's default ones; the
 * dry run lists what a run now would delete and the bytes it would free; the run (nightly, or an admin's) deletes
 * exactly that list, each item only if it is still what was listed (a tag moved or frozen since stays); owners see
 * what goes within the notice period ahead. Deleted tags and images free quota at once; their files go with the next
 * garbage collection.
 */
@Stateless
public class RetentionService {

    /** How many tags and images a run deletes in one transaction. */
    public static final int CHUNK = 100;

    @Resource
    private SessionContext session;

    @Inject
    private RetentionRepository retention;

    @Inject
    private CollectionRepository collections;

    @Inject
    private ContainerRepository containerRows;

    @Inject
    private ImageRepository images;

    @Inject
    private ContainerService containers;

    @Inject
    private SettingsService settings;

    @Inject
    private RegistryConfig config;

    @Inject
    private Event<Mail> mails;

    @Inject
    private Clock clock;

    @Inject
    private Audit audit;

    /** The collection's rules and whether it is protected: for those who may see it. */
    public RetentionSettings settingsOf(CollectionName name, Caller caller) {
        Collection collection = collections.getVisible(name, caller);
        return new RetentionSettings(collection.retention(), collection.isProtected(), settings.defaultRetention());
    }

    /** Sets the collection's rules and protection: for its owners and admins. */
    public RetentionSettings set(CollectionName name, RetentionPolicy policy, boolean protect, Caller caller) {
        Collection collection = collections.getManageable(name, caller);
        collection.retain(policy, protect, clock.instant());
        audit.record(AuditAction.RETENTION_SET, caller, name.value(), null, describe(policy, protect));
        return new RetentionSettings(policy, protect, settings.defaultRetention());
    }

    /** The dry run: what a run now would delete, in the collections the caller manages (an admin: all). */
    public RetentionPlan dryRun(Caller caller) {
        return RetentionPlan.of(due(clock.instant(), caller));
    }

    /** What goes within {@code ahead} from now, in the collections the caller manages: the owners' notice. */
    public RetentionPlan upcoming(Duration ahead, Caller caller) {
        return RetentionPlan.of(due(clock.instant().plus(ahead), caller));
    }

    /** An admin's run: deletes what the dry run lists now, and says what it deleted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionPlan run(Caller caller) {
        caller.requireAdmin(ErrorKey.RETENTION_ADMIN_ONLY);
        return apply(caller);
    }

    /**
     * E-mails the owners of each collection what its rules let go from between one day less than the notice period
     * and the notice period ahead: run nightly, each tag or image is told of once, the notice period before it goes.
     * What is due sooner when its rules are set is told of on the owners' account pages only. Answers the e-mails,
     * which are sent once this commits.
     */
    public List<Mail> mailNotices() {
        Duration notice = config.retentionNotice();
        Instant until = clock.instant().plus(notice);
        Instant from = until.minus(Duration.ofDays(1));
        Map<String, List<RetentionCandidate>> byOwner = new TreeMap<>();
        for (CollectionPlan plan : plansAt(until, null)) {
            List<RetentionCandidate> entering = plan.due().stream().filter(c -> c.dueAt().isAfter(from)).toList();
            if (!entering.isEmpty()) {
                plan.collection().owners().stream().map(UserAccount::email)
                        .filter(email -> email != null && !email.isBlank())
                        .forEach(email -> byOwner.computeIfAbsent(email, e -> new ArrayList<>()).addAll(entering));
            }
        }
        List<Mail> notices = byOwner.entrySet().stream()
                .map(e -> RetentionNotice.mail(e.getKey(), e.getValue(), notice, config.baseUrl())).toList();
        notices.forEach(mails::fire);
        return notices;
    }

    /** The nightly run, started by the batch job. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionPlan runAsScheduled() {
        return apply(Caller.anonymous());
    }

    /**
     * Lists what is due, then deletes it {@value #CHUNK} items to a transaction: a run over a large registry never
     * outlives a transaction's timeout, and what one chunk deleted stays deleted if a later one fails.
     */
    private RetentionPlan apply(Caller caller) {
        RetentionService inOwnTransactions = session.getBusinessObject(RetentionService.class);
        List<RetentionCandidate> listed = inOwnTransactions.dueNow();
        List<RetentionCandidate> deleted = new ArrayList<>();
        for (int from = 0; from < listed.size(); from += CHUNK) {
            deleted.addAll(inOwnTransactions.deleteListed(listed.subList(from, Math.min(listed.size(), from + CHUNK)),
                    caller));
        }
        return RetentionPlan.of(deleted);
    }

    /** Everything due now, in every collection: the first step of a run, in a transaction of its own. */
    public List<RetentionCandidate> dueNow() {
        return planAt(clock.instant(), null);
    }

    /** Deletes the listed items that are still as listed, and answers those: one chunk of a run, in one transaction. */
    public List<RetentionCandidate> deleteListed(List<RetentionCandidate> listed, Caller caller) {
        List<RetentionCandidate> deleted = new ArrayList<>();
        Map<String, Optional<Collection>> collectionsByName = new HashMap<>();
        for (RetentionCandidate candidate : listed) {
            if (delete(candidate, collectionsByName)) {
                deleted.add(candidate);
                audit.record(AuditAction.RETENTION_DELETED, caller, candidate.ref(), candidate.version(),
                        candidate.rule().name().toLowerCase(Locale.ROOT));
            }
        }
        return deleted;
    }

    /**
     * Deletes the tag or image if it is still as listed: the same image under the tag, not frozen. A chunk lists many
     * images of one collection: {@code collectionsByName} keeps each collection read once.
     */
    private boolean delete(RetentionCandidate candidate, Map<String, Optional<Collection>> collectionsByName) {
        CollectionName collection = new CollectionName(candidate.collection());
        ContainerName name = new ContainerName(candidate.container());
        if (candidate.isTag()) {
            return containerRows.findByRef(new ContainerRef(collection, name, new Tag(candidate.tag()), null))
                    .filter(k -> k.version().equals(candidate.version()) && !k.isFrozen())
                    .map(k -> {
                        containers.remove(k);
                        return true;
                    }).orElse(false);
        }
        return collectionsByName.computeIfAbsent(candidate.collection(), n -> collections.findByName(collection))
                .flatMap(c -> images.find(c, name, ImageDigest.parse(candidate.version())))
                .filter(image -> containerRows.tagsOf(image.collection(), name).stream()
                        .noneMatch(k -> k.version().equals(candidate.version())))
                .map(image -> {
                    images.remove(image);
                    return true;
                }).orElse(false);
    }

    private List<RetentionCandidate> due(Instant at, Caller caller) {
        caller.requireSignedIn();
        return planAt(at, caller);
    }

    /** Every candidate due at {@code at}, of the collections {@code caller} manages (null: all). */
    private List<RetentionCandidate> planAt(Instant at, Caller caller) {
        return plansAt(at, caller).stream().flatMap(plan -> plan.due().stream()).toList();
    }

    /** What is due at {@code at} in each collection {@code caller} manages (null: all) where something is. */
    private List<CollectionPlan> plansAt(Instant at, Caller caller) {
        List<CollectionPlan> plans = new ArrayList<>();
        RetentionPolicy siteDefault = settings.defaultRetention();
        for (Collection collection : retention.collectionsUnder(siteDefault)) {
            if (caller != null && !collection.isManageableBy(caller)) {
                continue;
            }
            List<RetentionCandidate> due = RetentionPlanner.plan(collection.name().value(),
                            collection.retention().orElse(siteDefault), retention.tagStatesOf(collection),
                            retention.untaggedOf(collection).stream().map(i -> new RetentionPlanner.UntaggedImage(
                                    i.name().value(), i.digest().version(), i.size(), i.created())).toList())
                    .stream().filter(c -> c.isDueAt(at)).toList();
            if (!due.isEmpty()) {
                plans.add(new CollectionPlan(collection, due));
            }
        }
        return plans;
    }

    private record CollectionPlan(Collection collection, List<RetentionCandidate> due) {
    }

    private static String describe(RetentionPolicy policy, boolean protect) {
        return protect ? "protected" : policy.describe();
    }
}
