package org.sifregistry.quota.application;

import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.Collection;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.UserText;
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
    private UserRepository users;

    @Inject
    private RegistryConfig config;

    @Inject
    private Audit audit;

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

    /** Whether {@link #requireRoom} would let the content in. */
    public boolean hasRoom(Collection collection, ImageDigest digest, long size) {
        return refusal(collection, digest, size) == null;
    }

    private QuotaExceededException refusal(Collection collection, ImageDigest digest, long size) {
        for (QuotaHolder holder : holdersOf(collection)) {
            QuotaUse use = useOf(holder);
            long added = usage.holds(holder, digest.version()) ? 0 : size;
            if (!use.quota().admits(use.usage(), added)) {
                return new QuotaExceededException(holder, use.quota(), use.usage(), added);
            }
        }
        return null;
    }

    /** The quota of the account the collection counts against first (the library protocol reports one). */
    public QuotaUse useOf(Collection collection) {
        return useOf(holdersOf(collection).get(0));
    }

    /** A user's quota and usage: for themselves and admins. */
    public QuotaUse ofUser(String username, Caller caller) {
        if (!username.equals(caller.username())) {
            caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        }
        return useOf(QuotaHolder.of(user(username)));
    }

    /** A team's quota and usage: for its members and admins. */
    public QuotaUse ofTeam(TeamName name, Caller caller) {
        Team team = team(name);
        if (!team.isMember(caller.username())) {
            caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        }
        return useOf(QuotaHolder.of(team));
    }

    /** Gives a user a quota of their own; null returns them to the default. Admins only. */
    public QuotaUse setUserQuota(String username, ByteQuota quota, Caller caller) {
        caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        UserAccount user = user(username);
        user.overrideQuota(quota);
        audit.record(AuditAction.QUOTA_SET, caller, "user " + username, null, String.valueOf(quota));
        return useOf(QuotaHolder.of(user));
    }

    /** Gives a team a quota of its own; null returns it to the default. Admins only. */
    public QuotaUse setTeamQuota(TeamName name, ByteQuota quota, Caller caller) {
        caller.requireAdmin(ErrorKey.QUOTA_ADMIN_ONLY);
        Team team = team(name);
        team.overrideQuota(quota);
        audit.record(AuditAction.QUOTA_SET, caller, "team " + name.value(), null, String.valueOf(quota));
        return useOf(QuotaHolder.of(team));
    }

    private QuotaUse useOf(QuotaHolder holder) {
        ByteQuota quota = switch (holder.kind()) {
            case USER -> users.findByUsername(holder.name()).flatMap(UserAccount::quotaOverride)
                    .orElseGet(config::defaultUserQuota);
            case TEAM -> users.findTeam(new TeamName(holder.name())).flatMap(Team::quotaOverride)
                    .orElseGet(config::defaultTeamQuota);
        };
        return new QuotaUse(holder, quota, usage.usage(holder));
    }

    private static List<QuotaHolder> holdersOf(Collection collection) {
        List<QuotaHolder> teams = collection.teams().stream().map(QuotaHolder::of)
                .sorted(Comparator.comparing(QuotaHolder::name)).toList();
        return !teams.isEmpty() ? teams : collection.owners().stream().map(QuotaHolder::of)
                .sorted(Comparator.comparing(QuotaHolder::name)).toList();
    }

    private UserAccount user(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException(ErrorKey.USER_NOT_FOUND, UserText.quoted(username)));
    }

    private Team team(TeamName name) {
        return users.findTeam(name).orElseThrow(() -> new NotFoundException(ErrorKey.TEAM_NOT_FOUND, name));
    }
}
