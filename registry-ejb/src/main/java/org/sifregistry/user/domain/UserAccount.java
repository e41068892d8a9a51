package org.sifregistry.user.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.sifregistry.common.Role;

/**
 * A person known to the registry. The container signs people in (local realm, LDAP, SSO); the account is created on
 * first sign-in from the container principal and keeps what the registry adds: display name, email, stars, tokens,
 * and the roles an admin granted in the registry on top of those the container gives. It also keeps the roles the
 * container gave at the last sign-in (local groups, LDAP groups, OIDC realm roles), which API tokens carry: a request
 * with a token has no sign-in to ask.
 */
@Entity
@Table(name = "user_accounts", uniqueConstraints = @UniqueConstraint(name = "uk_user_username", columnNames = "username"))
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.grantedRoles", query = """
        SELECT r FROM UserAccount u JOIN u.grantedRoles r WHERE u.username = :username""")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Username.MAX_LENGTH)
    private String username;

    @Column(name = "display_name", length = 255)
    private String displayName;

    @Column(length = 255)
    private String email;

    @Column(nullable = false)
    private Instant created;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @ElementCollection
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> grantedRoles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "user_sign_in_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> signInRoles = new HashSet<>();

    /** The quota an admin set ({@link ByteQuota#UNLIMITED} is -1); null: the registry's default for users. */
    @Column(name = "quota_bytes")
    private Long quotaBytes;

    /** A team token's account ({@link RobotName}): nobody signs in as it. */
    @Column(nullable = false)
    private boolean robot;

    protected UserAccount() {
    }

    public static UserAccount robot(RobotName name, Instant now) {
        UserAccount account = new UserAccount(name.value(), now);
        account.robot = true;
        return account;
    }

    public boolean isRobot() {
        return robot;
    }

    public UserAccount(String username, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.created = now;
    }

    /** A sign-in: the container's roles replace those of the last one; a name or email it does not know is kept. */
    public void signedIn(String displayName, String email, Set<Role> containerRoles, Instant now) {
        signInRoles.clear();
        signInRoles.addAll(containerRoles);
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName;
        }
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
        this.lastSignIn = now;
    }

    public void grant(Role role) {
        grantedRoles.add(role);
    }

    public void revoke(Role role) {
        grantedRoles.remove(role);
    }

    public Set<Role> grantedRoles() {
        return Set.copyOf(grantedRoles);
    }

    /**
     * The roles the user's API tokens carry: those the container gave at their last sign-in (a request with a token
     * has no sign-in to ask) and those granted in the registry; a robot's, a user's only.
     */
    public Set<Role> tokenRoles() {
        if (robot) {
            return Set.of(Role.USER);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(signInRoles);
        roles.addAll(grantedRoles);
        return roles;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    /** The display name when known, else the username. */
    public String displayName() {
        return displayName == null ? username : displayName;
    }

    public String email() {
        return email;
    }

    public Instant created() {
        return created;
    }

    public Instant lastSignIn() {
        return lastSignIn;
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
