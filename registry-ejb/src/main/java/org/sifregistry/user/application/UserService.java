package org.sifregistry.user.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.common.Caller;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;

/** User accounts as the container's sign-in makes them known. */
@Stateless
public class UserService {

    @Inject
    private UserRepository users;

    /** Records a sign-in; the account is created from the principal the first time. */
    public UserAccount signedIn(Caller caller, String displayName, String email) {
        UserAccount account = users.getOrCreate(caller.requireSignedIn());
        account.signedIn(displayName, email, Instant.now());
        return account;
    }

    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username);
    }
}
