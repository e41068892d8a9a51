package org.sifregistry.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.site.application.SettingsService;
import org.sifregistry.site.domain.SiteInfo;

/** The site settings for the layout and the about page, read once per request. */
@Named("site")
@RequestScoped
public class SiteBacking {

    @Inject
    private SettingsService settings;

    private SiteInfo info;

    public SiteInfo getInfo() {
        if (info == null) {
            info = settings.get();
        }
        return info;
    }
}
