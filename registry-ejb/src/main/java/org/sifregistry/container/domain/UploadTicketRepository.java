package org.sifregistry.container.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The waiting sregistry uploads; joins the calling service's transaction. */
@ApplicationScoped
public class UploadTicketRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(UploadTicket ticket) {
        em.persist(ticket);
        em.flush();
    }

    public Optional<UploadTicket> find(long id) {
        return Optional.ofNullable(em.find(UploadTicket.class, id));
    }

    /**
     * Takes the ticket out if it is still {@code username}'s and has not expired; false otherwise. One statement, so
     * of two requests that send the same ticket at once exactly one gets it, on any server.
     */
    public boolean claim(long id, String username, Instant now) {
        return em.createNamedQuery("UploadTicket.claim")
                .setParameter("id", id)
                .setParameter("username", username)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    public int deleteExpired(Instant now) {
        return em.createNamedQuery("UploadTicket.deleteExpired").setParameter("now", now).executeUpdate();
    }
}
