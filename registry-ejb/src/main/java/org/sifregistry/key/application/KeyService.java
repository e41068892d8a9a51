package org.sifregistry.key.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.GoneException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.key.domain.KeySearch;
import org.sifregistry.key.domain.PgpKey;
import org.sifregistry.key.domain.PgpKeyRepository;
import org.sifregistry.key.domain.PublicKeyBlock;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;

/**
 * The keystore. Anyone may look keys up (they are public by nature, and clients fetch them to verify a pull); a
 * signed-in user adds keys, which are bound to them; the owner or an admin revokes one. Adding or revoking a key
 * judges again the signatures of every image it signed.
 */
@Stateless
public class KeyService {

    @Inject
    private PgpKeyRepository keys;

    @Inject
    private UserRepository users;

    @Inject
    private ContainerRepository containers;

    @Inject
    private SignatureJudge judge;

    @Inject
    private Audit audit;

    @Inject
    private Clock clock;

    /** Adds the keys of an armored block for the caller, or replaces their copies of them. */
    public List<KeySummary> add(String armored, Caller caller) {
        String username = caller.requireSignedIn();
        List<PublicKeyBlock.Key> block = PublicKeyBlock.parse(armored);
        UserAccount owner = users.getOrCreate(username);
        List<KeySummary> added = new ArrayList<>();
        for (PublicKeyBlock.Key parsed : block) {
            PgpKey key = keys.findByFingerprint(parsed.fingerprint()).orElse(null);
            if (key == null) {
                key = new PgpKey(parsed, owner, clock.instant());
                keys.add(key);
            } else if (key.custody().isRevoked()) {
                throw new ConflictException(ErrorKey.KEY_REVOKED, parsed.fingerprint());
            } else if (!key.custody().isOwnedBy(username)) {
                throw new ConflictException(ErrorKey.KEY_OWNED_BY_OTHER, parsed.fingerprint());
            } else {
                key.replace(parsed, clock.instant());
            }
            audit.record(AuditAction.KEY_ADDED, caller, key.fingerprint(), null, key.primaryUserId());
            rejudgeSignaturesOf(key);
            added.add(KeySummary.of(key));
        }
        return added;
    }

    /** HKP's index: the keys a search names, revoked ones included (flagged so). */
    public List<KeySummary> index(KeySearch search, PageRequest page) {
        return keys.find(search, page).stream().map(KeySummary::of).toList();
    }

    /** HKP's get: the armored keys a search names; a revoked key is refused, so that no client trusts it. */
    public List<String> armored(KeySearch search, PageRequest page) {
        List<PgpKey> found = keys.find(search, page);
        List<String> live = found.stream().filter(k -> !k.custody().isRevoked()).map(PgpKey::armored).toList();
        if (found.isEmpty()) {
            throw new NotFoundException(ErrorKey.KEY_NOT_FOUND, display(search));
        }
        if (live.isEmpty()) {
            throw new GoneException(ErrorKey.KEY_REVOKED_SERVED, display(search));
        }
        return live;
    }

    private static String display(KeySearch search) {
        return search.kind() == KeySearch.Kind.TEXT ? search.value() : "0x" + search.value();
    }

    /** The caller's own keys, newest first. */
    public List<KeySummary> mine(Caller caller) {
        return keys.ofOwner(caller.requireSignedIn()).stream().map(KeySummary::of).toList();
    }

    /** Every key whose user ids, fingerprint or owner contain {@code search}: for admins. */
    public Page<KeySummary> all(String search, PageRequest page, Caller caller) {
        caller.requireAdmin(ErrorKey.KEYS_ADMIN_ONLY);
        String text = search == null ? "" : search.strip();
        return new Page<>(keys.matching(text, page).stream().map(KeySummary::of).toList(), keys.countMatching(text));
    }

    /** Revokes a key: its owner or an admin. The images it signed show the signature as revoked. */
    public KeySummary revoke(String fingerprint, Caller caller) {
        String username = caller.requireSignedIn();
        PgpKey key = keys.findByFingerprint(fingerprint == null ? "" : fingerprint.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException(ErrorKey.KEY_NOT_FOUND, fingerprint));
        if (!key.custody().isOwnedBy(username) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.KEY_REVOKE_DENIED, key.fingerprint());
        }
        if (!key.custody().isRevoked()) {
            key.custody().revoke(username, clock.instant());
            audit.record(AuditAction.KEY_REVOKED, caller, key.fingerprint(), null, key.primaryUserId());
            rejudgeSignaturesOf(key);
        }
        return KeySummary.of(key);
    }

    private void rejudgeSignaturesOf(PgpKey key) {
        UnaryOperator<ImageSignature> run = judge.newRun();
        for (Long id : containers.signedBy(List.of(key.fingerprint(), key.keyId()))) {
            containers.findForUpdate(id).ifPresent(container -> container.rejudgeSignatures(run));
        }
    }
}
