package org.sifregistry.key.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The signing certificates users uploaded; joins the calling service's transaction. */
@ApplicationScoped
public class SigningCertificateRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(SigningCertificate certificate) {
        em.persist(certificate);
    }

    public Optional<SigningCertificate> findByFingerprint(String fingerprint) {
        return em.createNamedQuery("SigningCertificate.byFingerprint", SigningCertificate.class)
                .setParameter("fingerprint", fingerprint)
                .getResultStream().findFirst();
    }

    public List<SigningCertificate> ofOwner(String username) {
        return em.createNamedQuery("SigningCertificate.ofOwner", SigningCertificate.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** Every certificate, revoked ones too: the candidates for a signature that names none. */
    public List<SigningCertificate> all() {
        return em.createNamedQuery("SigningCertificate.all", SigningCertificate.class).getResultList();
    }
}
