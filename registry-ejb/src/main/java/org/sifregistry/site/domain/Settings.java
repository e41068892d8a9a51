package org.sifregistry.site.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.sifregistry.collection.domain.RetentionPolicy;

/**
 * What an institution says about its registry: its name, the about page's text, a contact email and a help link,
 * whether new collections start private, the retention rules of collections without their own, and the certificate
 * authorities that vouch for signers. One row; its first values come from the server's configuration.
 */
@Entity
@Table(name = "site_settings")
public class Settings {

    /** The id of the one row. */
    public static final long ID = 1L;
    public static final int NAME_MAX_LENGTH = 128;
    public static final int ABOUT_MAX_LENGTH = 8000;
    public static final int LINK_MAX_LENGTH = 512;
    public static final int REGISTRY_ID_MAX_LENGTH = 12;

    @Id
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "about_text", length = ABOUT_MAX_LENGTH)
    private String aboutText;

    @Column(name = "contact_email", length = LINK_MAX_LENGTH)
    private String contactEmail;

    @Column(name = "help_link", length = LINK_MAX_LENGTH)
    private String helpLink;

    @Column(name = "default_private", nullable = false)
    private boolean defaultPrivate;

    /** Null in rows stored before the registry had an id: the configured one stands in. */
    @Column(name = "registry_id", length = REGISTRY_ID_MAX_LENGTH)
    private String registryId;

    /** The retention rules of collections with none of their own; null columns: no such rule. */
    @Column(name = "default_keep_tags")
    private Integer defaultKeepTags;

    @Column(name = "default_unpulled_days")
    private Integer defaultUnpulledDays;

    @Column(name = "default_untagged_days")
    private Integer defaultUntaggedDays;

    /** The certificate authorities that vouch for X.509 signing certificates, in PEM; null: none. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signing_authorities")
    private String signingAuthorities;

    protected Settings() {
    }

    public Settings(SiteInfo info) {
        this.id = ID;
        update(info);
    }

    public void update(SiteInfo info) {
        this.name = info.name();
        this.aboutText = info.aboutText();
        this.contactEmail = info.contactEmail();
        this.helpLink = info.helpLink();
        this.defaultPrivate = info.defaultPrivate();
        this.registryId = info.registryId();
    }

    public String signingAuthorities() {
        return signingAuthorities == null ? "" : signingAuthorities;
    }

    public void trustSigningAuthorities(String pem) {
        signingAuthorities = pem == null || pem.isBlank() ? null : pem.strip() + "\n";
    }

    public RetentionPolicy defaultRetention() {
        return new RetentionPolicy(defaultKeepTags, defaultUnpulledDays, defaultUntaggedDays);
    }

    public void retainByDefault(RetentionPolicy policy) {
        defaultKeepTags = policy.keepLastTags();
        defaultUnpulledDays = policy.unpulledDays();
        defaultUntaggedDays = policy.untaggedDays();
    }

    /** @param configuredId the registry id while none is stored */
    public SiteInfo info(String configuredId) {
        return new SiteInfo(name, aboutText, contactEmail, helpLink, defaultPrivate,
                registryId == null ? configuredId : registryId);
    }
}
