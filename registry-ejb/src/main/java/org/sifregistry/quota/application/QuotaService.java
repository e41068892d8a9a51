package org.sifregistry.quota.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.UserText;
import org.sifregistry.common.mail.Mail;
import org.sifregistry.quota.domain.QuotaExceededException;
import org.sifregistry.quota.domain.QuotaHolder;
import org.sifregistry.quota.domain.UsageRepository;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.storage.ImageDigest;
import org.sifregistry.user.domain.ByteQuota;
import org.sifregistry.user.domain.Team;
import org.sifregistry.user.domain.TeamName;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;

/**
 * Quotas in bytes. A collection's images count against the teams it is shared with, or, when it is shared with
 * none, against each of its owners; a content counts once per account however many tags and images have it. Every
 * protocol asks {@link #requireRoom} before it takes bytes in and again when it makes them part of a collection.
 * Two pushes that finish at the same moment may each fit alone and pass a quota together by one image: a quota is
 * a bound for planning, not a lock on every push.
 */
@Stateless
public class QuotaService {

    @Inject
    private UsageRepository usage;

    @Inject
    private RecentUsage recentUsage;

    @Inject
    private Clock clock;

    @Inject
    private UserRepository users;

    @Inject
    private RegistryConfig config;

    @Inject
    private Audit audit;

    @Inject
    private Event<Mail> mails;

    /**
     * Refuses content {@code digest} of {@code size} bytes in {@code collection} when it would take an account the
     * collection counts against past its quota; content the account holds already needs no room.
     */
    public void requireRoom(Collection collection, ImageDigest digest, long size) {
        QuotaExceededException refusal = refusal(collection, digest, size);
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * {@link #requireRoom} as a push completes: the content becomes part of the collection, and the people of an
     * account it takes past {@value QuotaUse#WARNING_PERCENT} % of its quota are e-mailed once the push commits.
     * Each account's usage with the content becomes its recent figure, which {@link #useOf(Collection)} reports
     * after the push without counting it a third time (had the push failed after this, the figure is a report's
     * for at most a minute; what is let in is always counted afresh).
     */
    public void admit(Collection collection, ImageDigest digest, long size) {
        List<Mail> warnings = new ArrayList<>();
        for (Account account : chargedFor(collection, digest)) {
            QuotaUse before = useOf(account);
            if (!account.quota().admits(before.usage(), size)) {
                throw new QuotaExceededException(account.holder(), account.quota(), before.usage(), size);
            }
            if (before.entersWarningWith(size)) {
                warnings.add(QuotaWarning.mail(before.plus(size), account.emails(), config.baseUrl()));
            }
            recentUsage.record(account.holder(), before.usage() + size, clock.instant());
        }
        warnings.forEach(mails::fire);
    }

    /** Whether {@link #requireRoom} would let the content in. */
    public boolean hasRoom(Collection collection, ImageDigest digest, long size) {
        return refusal(collection, digest, size) == null;
    }

    private QuotaExceededException refusal(Collection collection, ImageDigest digest, long size) {
        for (Account account : chargedFor(collection, digest)) {
            long used = usage.usage(account.holder());
            if (!account.quota().admits(used, size)) {
                return new QuotaExceededException(account.holder(), account.quota(), used, size);
            }
        }
        return null;
    }

    /**
     * The accounts with a quota that the content would cost room: unlimited accounts, the default, cost no query;
     * content an account holds already costs one.
     */
    private List<Account> chargedFor(Collection collection, ImageDigest digest) {
        return accountsOf(collection).stream()
                .filter(a -> !a.quota().isUnlimited() && !usage.holds(a.holder(), digest.version()))
                .toList();
    }

    /**
     * The quota of the account the collection counts against first, as the library protocol reports it after a
     * push, with its usage of up to a minute ago (see {@link RecentUsage}): the push's own {@link #admit} recorded
     * it for an account it charged.
     */
    public QuotaUse useOf(Collection collection) {
        Account account = accountsOf(collection).get(0);
        return new QuotaUse(account.holder(), account.quota(), recentUsage.of(account.holder(), clock.instant(),
                usage::usage));
    }

    /** A user's quota and usage: for themselves and admins. */
    public QuotaUse ofUser(String username, Caller caller) {
        if (!username.equals(caller.username())) {
            caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        }
        return useOf(Account.of(user(username), config));
    }

    /** A team's quota and usage: for its members and admins. */
    public QuotaUse ofTeam(TeamName name, Caller caller) {
        Team team = team(name);
        if (!team.isMember(caller.username())) {
            caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        }
        return useOf(Account.of(team, config));
    }

    /** Gives a user a quota of their own; null returns them to the default. Admins only. */
    public QuotaUse setUserQuota(String username, ByteQuota quota, Caller caller) {
        caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        UserAccount user = user(username);
        user.overrideQuota(quota);
        audit.record(AuditAction.QUOTA_SET, caller, "user " + username, null, String.valueOf(quota));
        return useOf(Account.of(user, config));
    }

    /** Gives a team a quota of its own; null returns it to the default. Admins only. */
    public QuotaUse setTeamQuota(TeamName name, ByteQuota quota, Caller caller) {
        caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        Team team = team(name);
        team.overrideQuota(quota);
        audit.record(AuditAction.QUOTA_SET, caller, "team " + name.value(), null, String.valueOf(quota));
        return useOf(Account.of(team, config));
    }

    private QuotaUse useOf(Account account) {
        return new QuotaUse(account.holder(), account.quota(), usage.usage(account.holder()));
    }

    private List<Account> accountsOf(Collection collection) {
        List<Account> teams = collection.teams().stream().map(t -> Account.of(t, config))
                .sorted(Comparator.comparing(a -> a.holder().name())).toList();
        return !teams.isEmpty() ? teams : collection.owners().stream().map(u -> Account.of(u, config))
                .sorted(Comparator.comparing(a -> a.holder().name())).toList();
    }

    /**
     * An account with the quota it has (its own, read with it, or the registry's default for its kind) and the
     * e-mail addresses of its people, the user's or the team owners', read only when a warning goes to them.
     */
    private record Account(QuotaHolder holder, ByteQuota quota, Supplier<List<String>> people) {

        static Account of(UserAccount user, RegistryConfig config) {
            return new Account(QuotaHolder.of(user), user.quotaOverride().orElseGet(config::defaultUserQuota),
                    () -> Collections.singletonList(user.email()));
        }

        static Account of(Team team, RegistryConfig config) {
            return new Account(QuotaHolder.of(team), team.quotaOverride().orElseGet(config::defaultTeamQuota),
                    () -> team.owners().stream().map(UserAccount::email).toList());
        }

        List<String> emails() {
            return people.get();
        }
    }

    private UserAccount user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException(ErrorKey.USER_NOT_FOUND, UserText.quoted(username)));
    }

    private Team team(TeamName name) {
        return users.findTeam(name).orElseThrow(() -> new NotFoundException(ErrorKey.TEAM_NOT_FOUND, name));
    }
}
