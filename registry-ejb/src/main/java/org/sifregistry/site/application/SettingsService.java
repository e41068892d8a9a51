package org.sifregistry.site.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
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
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings == null) {
            em.persist(new Settings(info));
        } else {
            settings.update(info);
        }
        List<String> changed = info.changesFrom(before);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, caller, "settings", null, String.join(", ", changed));
        }
        return info;
    }
}
