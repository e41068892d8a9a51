package org.sifregistry.site.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.collection.domain.RetentionPolicy;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.site.domain.Settings;
import org.sifregistry.site.domain.SiteInfo;

/** The registry's site settings: read by every page, changed by admins. */
@Stateless
public class SettingsService {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private RegistryConfig config;

    @Inject
    private Audit audit;

    /** The stored settings, or the configured first values while none are stored. */
    public SiteInfo get() {
        Settings settings = em.find(Settings.class, Settings.ID);
        return settings == null ? config.initialSiteInfo() : settings.info(config.initialSiteInfo().registryId());
    }

    public SiteInfo update(SiteInfo info, Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.SETTINGS_ADMIN_ONLY);
        }
        SiteInfo before = get();
        stored().update(info);
        List<String> changed = info.changesFrom(before);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, caller, "settings", null, String.join(", ", changed));
        }
        return info;
    }

    /** The retention rules of collections without rules of their own; none until an admin sets them. */
    public RetentionPolicy defaultRetention() {
        Settings settings = em.find(Settings.class, Settings.ID);
        return settings == null ? RetentionPolicy.NONE : settings.defaultRetention();
    }

    public RetentionPolicy setDefaultRetention(RetentionPolicy policy, Caller caller) {
        caller.requireAdmin(ErrorKey.RETENTION_ADMIN_ONLY);
        stored().retainByDefault(policy);
        audit.record(AuditAction.RETENTION_SET, caller, "site default", null, policy.describe());
        return policy;
    }

    /** The PEM bundle of the certificate authorities that vouch for signers; empty while an admin set none. */
    public String signingAuthorities() {
        Settings settings = em.find(Settings.class, Settings.ID);
        return settings == null ? "" : settings.signingAuthorities();
    }

    /** Stores the bundle as it is: {@code CertificateService} checks it, and who may set it. */
    public void storeSigningAuthorities(String pem) {
        stored().trustSigningAuthorities(pem);
    }

    /** The stored row, made from the configured first values when there is none yet. */
    private Settings stored() {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings == null) {
            settings = new Settings(config.initialSiteInfo());
            em.persist(settings);
        }
        return settings;
    }
}
