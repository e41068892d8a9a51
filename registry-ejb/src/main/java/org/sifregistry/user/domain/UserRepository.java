package org.sifregistry.user.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.common.LikePattern;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.Role;

/** User accounts and teams; joins the calling service's transaction. */
@ApplicationScoped
public class UserRepository {

    private static final String TEAMS_MATCHING = "FROM Team t WHERE t.name LIKE :pattern ESCAPE '\\'";
    private static final String MATCHING = "FROM UserAccount u WHERE LOWER(u.username) LIKE :pattern ESCAPE '\\'"
            + " OR LOWER(u.displayName) LIKE :pattern ESCAPE '\\' OR LOWER(u.email) LIKE :pattern ESCAPE '\\'";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The account of a signed-in principal, made on first sight. */
    public UserAccount getOrCreate(String username) {
        return findByUsername(username).orElseGet(() -> {
            UserAccount account = new UserAccount(username, clock.instant());
            em.persist(account);
            return account;
        });
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    /** The roles granted to the user in the registry; none for a user it does not know. */
    public Set<Role> grantedRoles(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createNamedQuery("UserAccount.grantedRoles", Role.class)
                .setParameter("username", username)
                .getResultList());
        return roles;
    }

    /**
     * One page of the users whose name, display name or email contains {@code search} (any case), by username,
     * with their granted roles read in one more query rather than one per user.
     */
    public List<UserAccount> page(String search, PageRequest page) {
        return matching(em.createQuery("SELECT u " + MATCHING + " ORDER BY u.username", UserAccount.class), search)
                .setHint("eclipselink.batch", "u.grantedRoles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long count(String search) {
        return matching(em.createQuery("SELECT COUNT(u) " + MATCHING, Long.class), search).getSingleResult();
    }

    public Optional<Team> findTeam(TeamName name) {
        return em.createNamedQuery("Team.findByName", Team.class)
                .setParameter("name", name.value())
                .getResultStream().findFirst();
    }

    public void add(Team team) {
        em.persist(team);
        em.flush();
    }

    /** One page of every team whose name contains {@code search}, by name. */
    public List<Team> teams(String search, PageRequest page) {
        return matching(em.createQuery("SELECT t " + TEAMS_MATCHING + " ORDER BY t.name", Team.class), search)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countTeams(String search) {
        return matching(em.createQuery("SELECT COUNT(t) " + TEAMS_MATCHING, Long.class), search).getSingleResult();
    }

    /** One page of the teams the user belongs to (owners are members too), by name. */
    public List<Team> teamsOf(String username, PageRequest page) {
        return em.createNamedQuery("Team.ofMember", Team.class)
                .setParameter("username", username)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countTeamsOf(String username) {
        return em.createNamedQuery("Team.countOfMember", Long.class)
                .setParameter("username", username)
                .getSingleResult();
    }

    /** How many members each of the given teams has, in one grouped query. */
    public Map<Long, Long> memberCounts(List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Team.memberCounts", Object[].class)
                .setParameter("ids", teamIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Which of the given teams the user owns. */
    public Set<Long> ownedAmong(String username, List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createNamedQuery("Team.ownedAmong", Long.class)
                .setParameter("username", username)
                .setParameter("ids", teamIds)
                .getResultList());
    }

    /** One page of a team's members, by username. */
    public List<UserAccount> members(Team team, PageRequest page) {
        return em.createNamedQuery("Team.members", UserAccount.class)
                .setParameter("team", team)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    public long countMembers(Team team) {
        return em.createNamedQuery("Team.countMembers", Long.class)
                .setParameter("team", team)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String search) {
        return query.setParameter("pattern", LikePattern.containing(search.toLowerCase(Locale.ROOT)));
    }
}
