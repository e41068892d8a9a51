package org.sifregistry.user.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.RequestOrigin;
import org.sifregistry.common.Role;
import org.sifregistry.common.UserText;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;

/**
 * User accounts: recorded when people sign in, listed for admins, and the roles admins grant in the registry on top
 * of those the container gives (its realm, later LDAP groups). The web pages and the APIs read a signed-in caller's
 * granted roles through {@link #grantedRoles}, and API tokens take them with the token ({@code UserAccount.tokenRoles}),
 * so all obey the same grants.
 */
@Stateless
public class UserService {

    /** The roles an admin may grant; {@code user} is what signing in gives everyone. */
    private static final Set<Role> GRANTABLE = Set.of(Role.MANAGER, Role.ADMIN);

    @Inject
    private UserRepository users;

    @Inject
    private Clock clock;

    @Inject
    private Audit audit;

    /**
     * Records that the caller signed in, with the roles the container gave them: makes their account on the first
     * time, notes when and with which roles each time, and keeps the name and email the container knows of them
     * (LDAP attributes, OIDC claims) when it knows them.
     */
    public void signedIn(Caller caller, String displayName, String email) {
        users.getOrCreate(caller.requireSignedIn()).signedIn(displayName, email, caller.roles(), clock.instant());
        audit.record(AuditAction.SIGN_IN, caller, caller.username(), null);
    }

    /**
     * Records a sign-in the registry refused although the container let it through: an account that holds none of
     * the registry's roles, as an OpenID provider may sign in (the LDAP realm refuses such accounts itself).
     */
    public void signInRefused(String username) {
        audit.signInFailed(username, "oidc", RequestOrigin.current().orElse(new RequestOrigin(null, null)));
    }

    /** The roles granted to the user in the registry, to add to the container's; none for a user it does not know. */
    public Set<Role> grantedRoles(String username) {
        return users.grantedRoles(username);
    }

    /** One page of the users whose name, display name or email contains {@code search}, by username; for admins. */
    public List<UserSummary> list(String search, PageRequest page, Caller caller) {
        requireAdmin(caller);
        return users.page(search(search), page).stream().map(UserSummary::of).toList();
    }

    public long count(String search, Caller caller) {
        requireAdmin(caller);
        return users.count(search(search));
    }

    /** An admin grants a user manager or admin; granting twice changes nothing. */
    public UserSummary grant(String username, Role role, Caller caller) {
        UserAccount user = getGrantable(username, role, caller);
        user.grant(role);
        audit.record(AuditAction.ROLE_GRANTED, caller, user.username(), null, role.name().toLowerCase(Locale.ROOT));
        return UserSummary.of(user);
    }

    /** An admin revokes a granted role, but not their own admin role: another admin must. */
    public UserSummary revoke(String username, Role role, Caller caller) {
        UserAccount user = getGrantable(username, role, caller);
        if (role == Role.ADMIN && user.username().equals(caller.username())) {
            throw new AccessDeniedException(ErrorKey.USER_OWN_ADMIN_ROLE);
        }
        user.revoke(role);
        audit.record(AuditAction.ROLE_REVOKED, caller, user.username(), null, role.name().toLowerCase(Locale.ROOT));
        return UserSummary.of(user);
    }

    private UserAccount getGrantable(String username, Role role, Caller caller) {
        requireAdmin(caller);
        if (!GRANTABLE.contains(role)) {
            throw new InvalidInputException("role", ErrorKey.USER_ROLE_NOT_GRANTABLE);
        }
        return users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException(ErrorKey.USER_NOT_FOUND, UserText.quoted(username)));
    }

    private static void requireAdmin(Caller caller) {
        caller.requireAdmin(ErrorKey.USER_ADMIN_ONLY);
    }

    private static String search(String search) {
        return search == null ? "" : search.strip();
    }
}
