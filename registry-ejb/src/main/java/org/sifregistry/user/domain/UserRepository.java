package org.sifregistry.user.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** User accounts; joins the calling service's transaction. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The account of a signed-in principal, made on first sight. */
    public UserAccount getOrCreate(String username) {
        return findByUsername(username).orElseGet(() -> {
            UserAccount account = new UserAccount(username, Instant.now());
            em.persist(account);
            return account;
        });
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
}
