package org.sifregistry.user.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A group of users that can be given access to collections. Owners manage the team and are always members too,
 * so "is a member" is one question.
 */
@Entity
@Table(name = "teams", uniqueConstraints = @UniqueConstraint(name = "uk_team_name", columnNames = "name"))
@NamedQuery(name = "Team.findByName", query = "SELECT t FROM Team t WHERE t.name = :name")
@NamedQuery(name = "Team.ofMember", query = """
        SELECT t FROM Team t JOIN t.members m WHERE m.username = :username ORDER BY t.name""")
@NamedQuery(name = "Team.countOfMember", query = """
        SELECT COUNT(t) FROM Team t JOIN t.members m WHERE m.username = :username""")
@NamedQuery(name = "Team.memberCounts", query = """
        SELECT t.id, COUNT(m) FROM Team t JOIN t.members m WHERE t.id IN :ids GROUP BY t.id""")
@NamedQuery(name = "Team.ownedAmong", query = """
        SELECT t.id FROM Team t JOIN t.owners o WHERE o.username = :username AND t.id IN :ids""")
@NamedQuery(name = "Team.members", query = """
        SELECT m FROM Team t JOIN t.members m WHERE t = :team ORDER BY m.username""")
@NamedQuery(name = "Team.countMembers", query = "SELECT COUNT(m) FROM Team t JOIN t.members m WHERE t = :team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TeamName.MAX_LENGTH)
    private String name;

    @Column(nullable = false)
    private Instant created;

    @ManyToMany
    @JoinTable(name = "team_owners",
            joinColumns = @JoinColumn(name = "team_id"), inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> owners = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "team_members",
            joinColumns = @JoinColumn(name = "team_id"), inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> members = new HashSet<>();

    /** The quota an admin set ({@link ByteQuota#UNLIMITED} is -1); null: the registry's default for teams. */
    @Column(name = "quota_bytes")
    private Long quotaBytes;

    protected Team() {
    }

    public Team(TeamName name, UserAccount owner, Instant now) {
        this.name = name.value();
        this.created = now;
        addOwner(owner);
    }

    public void addOwner(UserAccount user) {
        owners.add(user);
        members.add(user);
    }

    public void addMember(UserAccount user) {
        members.add(user);
    }

    /** Takes the user out of the team, and out of its owners if they were one. */
    public void removeMember(String username) {
        owners.removeIf(u -> u.username().equals(username));
        members.removeIf(u -> u.username().equals(username));
    }

    /** Whether the user is the one owner left, whom the team cannot lose. */
    public boolean isLastOwner(String username) {
        return owners.size() == 1 && isOwner(username);
    }

    public boolean isOwner(String username) {
        return owners.stream().anyMatch(u -> u.username().equals(username));
    }

    public boolean isMember(String username) {
        return members.stream().anyMatch(u -> u.username().equals(username));
    }

    public Long id() {
        return id;
    }

    public TeamName name() {
        return new TeamName(name);
    }

    public Instant created() {
        return created;
    }

    public Set<UserAccount> members() {
        return Set.copyOf(members);
    }

    public Set<UserAccount> owners() {
        return Set.copyOf(owners);
    }

    /** The quota an admin set, if any. */
    public Optional<ByteQuota> quotaOverride() {
        return Optional.ofNullable(quotaBytes).map(ByteQuota::new);
    }

    /** Sets the quota; null returns to the default. */
    public void overrideQuota(ByteQuota quota) {
        quotaBytes = quota == null ? null : quota.limit();
    }
}
