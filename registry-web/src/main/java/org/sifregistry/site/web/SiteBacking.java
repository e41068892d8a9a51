package org.sifregistry.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.site.domain.SiteInfo;

/** The site settings for the layout and the about page, read once per request, and how people sign in. */
@Named("site")
@RequestScoped
public class SiteBacking {

    @Inject
    private SettingsService settings;

    @Inject
    private RegistryConfig config;

    private SiteInfo info;

    public boolean isSingleSignOn() {
        return config.singleSignOn();
    }

    public String getSingleSignOnName() {
        return config.singleSignOnName();
    }

    public SiteInfo getInfo() {
        if (info == null) {
            info = settings.get();
        }
        return info;
    }
}
