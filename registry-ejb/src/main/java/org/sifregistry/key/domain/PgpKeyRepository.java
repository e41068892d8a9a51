package org.sifregistry.key.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sifregistry.common.LikePattern;
import org.sifregistry.common.PageRequest;

/** The keystore's keys; joins the calling service's transaction. */
@ApplicationScoped
public class PgpKeyRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(PgpKey key) {
        em.persist(key);
    }

    public Optional<PgpKey> findByFingerprint(String fingerprint) {
        return em.createNamedQuery("PgpKey.byFingerprint", PgpKey.class)
                .setParameter("fingerprint", fingerprint)
                .getResultStream().findFirst();
    }

    /**
     * The key a signature names: by fingerprint (what Apptainer writes in the signature's descriptor), or by the
     * key id of the issuer when that is all there is.
     */
    public Optional<PgpKey> findBySigner(String signer) {
        if (signer == null) {
            return Optional.empty();
        }
        return signer.length() == 16
                ? em.createNamedQuery("PgpKey.byKeyId", PgpKey.class).setParameter("keyId", signer)
                        .setMaxResults(1).getResultStream().findFirst()
                : findByFingerprint(signer);
    }

    /** The keys a search names, a page of them. */
    public List<PgpKey> find(KeySearch search, PageRequest page) {
        return paged(switch (search.kind()) {
            case FINGERPRINT -> em.createNamedQuery("PgpKey.byFingerprint", PgpKey.class)
                    .setParameter("fingerprint", search.value());
            case KEY_ID -> em.createNamedQuery("PgpKey.byKeyId", PgpKey.class).setParameter("keyId", search.value());
            case SHORT_KEY_ID -> em.createNamedQuery("PgpKey.byShortKeyId", PgpKey.class)
                    .setParameter("suffix", "%" + search.value());
            case TEXT -> em.createNamedQuery("PgpKey.byUserId", PgpKey.class)
                    .setParameter("pattern", LikePattern.containing(search.value()));
        }, page);
    }

    public List<PgpKey> ofOwner(String username) {
        return em.createNamedQuery("PgpKey.ofOwner", PgpKey.class).setParameter("username", username).getResultList();
    }

    /** Every key whose user ids, fingerprint or owner's name contain {@code text}, newest first. */
    public List<PgpKey> matching(String text, PageRequest page) {
        return paged(em.createNamedQuery("PgpKey.matching", PgpKey.class)
                .setParameter("pattern", LikePattern.containing(text.toLowerCase(Locale.ROOT))), page);
    }

    public long countMatching(String text) {
        return em.createNamedQuery("PgpKey.countMatching", Long.class)
                .setParameter("pattern", LikePattern.containing(text.toLowerCase(Locale.ROOT))).getSingleResult();
    }

    private static List<PgpKey> paged(TypedQuery<PgpKey> query, PageRequest page) {
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }
}
