package org.sifregistry.key.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sifregistry.common.Caller;
import org.sifregistry.common.web.PageMessages;
import org.sifregistry.key.application.CertificateService;
import org.sifregistry.key.application.CertificateSummary;

/**
 * The account's X.509 signing certificates: paste one (with its intermediates) to add it, list and revoke one's own;
 * admins choose the certificate authorities that vouch for signers.
 */
@Named
@RequestScoped
public class CertificatesBacking {

    @Inject
    private CertificateService certificates;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String certificateText;
    private String authoritiesText;
    private List<CertificateSummary> mine;

    public List<CertificateSummary> getMine() {
        if (mine == null) {
            mine = certificates.mine(caller);
        }
        return mine;
    }

    public void add() {
        messages.attempt(() -> certificates.add(certificateText, caller)).ifPresent(added -> {
            certificateText = null;
            mine = null;
            messages.info("certificates.added", added.subject());
        });
    }

    public void revoke(String fingerprint) {
        messages.attempt(() -> certificates.revoke(fingerprint, caller)).ifPresent(revoked -> mine = null);
    }

    public void trustAuthorities() {
        messages.attempt(() -> certificates.trustAuthorities(authoritiesText, caller))
                .ifPresent(subjects -> messages.info("certificates.authorities.saved", subjects.size()));
    }

    public String getCertificateText() {
        return certificateText;
    }

    public void setCertificateText(String certificateText) {
        this.certificateText = certificateText;
    }

    /** The trusted authorities in PEM, as stored, until an admin's edit replaces them. */
    public String getAuthoritiesText() {
        if (authoritiesText == null) {
            authoritiesText = certificates.authorities();
        }
        return authoritiesText;
    }

    public void setAuthoritiesText(String authoritiesText) {
        this.authoritiesText = authoritiesText;
    }
}
