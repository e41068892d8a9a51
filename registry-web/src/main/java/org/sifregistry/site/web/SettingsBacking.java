package org.sifregistry.site.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.site.domain.Settings;
import org.sifregistry.site.domain.SiteInfo;

/**
 * The admins' settings page: the form starts from the stored settings; saving checks them all in {@link SiteInfo}
 * and marks the field at fault when one is refused.
 */
@Named
@RequestScoped
public class SettingsBacking {

    @Inject
    private SettingsService settings;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String name;
    private String aboutText;
    private String contactEmail;
    private String helpLink;
    private boolean defaultPrivate;
    private String registryId;

    @PostConstruct
    void load() {
        SiteInfo info = settings.get();
        name = info.name();
        aboutText = info.aboutText();
        contactEmail = info.contactEmail();
        helpLink = info.helpLink();
        defaultPrivate = info.defaultPrivate();
        registryId = info.registryId();
    }

    public String save() {
        if (messages.attempt(() -> settings.update(new SiteInfo(name, aboutText, contactEmail, helpLink,
                defaultPrivate, registryId), caller), "settings.saved")) {
            messages.keepForRedirect();
            return "/admin/settings?faces-redirect=true";
        }
        return null;
    }

    /** Whether the save was refused because of {@code field} (a SiteInfo component name). */
    public boolean isInvalid(String field) {
        return messages.isRefused(field);
    }

    public int getNameMaxLength() {
        return Settings.NAME_MAX_LENGTH;
    }

    public int getAboutMaxLength() {
        return Settings.ABOUT_MAX_LENGTH;
    }

    public int getLinkMaxLength() {
        return Settings.LINK_MAX_LENGTH;
    }

    public int getRegistryIdMaxLength() {
        return Settings.REGISTRY_ID_MAX_LENGTH;
    }

    public String getRegistryId() {
        return registryId;
    }

    public void setRegistryId(String registryId) {
        this.registryId = registryId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAboutText() {
        return aboutText;
    }

    public void setAboutText(String aboutText) {
        this.aboutText = aboutText;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getHelpLink() {
        return helpLink;
    }

    public void setHelpLink(String helpLink) {
        this.helpLink = helpLink;
    }

    public boolean isDefaultPrivate() {
        return defaultPrivate;
    }

    public void setDefaultPrivate(boolean defaultPrivate) {
        this.defaultPrivate = defaultPrivate;
    }
}
