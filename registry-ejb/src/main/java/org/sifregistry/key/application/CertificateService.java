package org.sifregistry.key.application;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.AccessDeniedException;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ConflictException;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.NotFoundException;
import org.sifregistry.container.domain.ContainerRepository;
import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.key.domain.CertificateAuthorities;
import org.sifregistry.key.domain.PemCertificates;
import org.sifregistry.key.domain.SigningCertificate;
import org.sifregistry.key.domain.SigningCertificateRepository;
import org.sifregistry.site.application.SettingsService;
import org.sifregistry.user.domain.UserAccount;
import org.sifregistry.user.domain.UserRepository;

/**
 * X.509 signing certificates. An admin says which certificate authorities vouch for signers; a signed-in user adds a
 * certificate they sign with, accepted only when those authorities issued it for code signing, and bound to them;
 * its owner or an admin revokes it. Each change judges again every image signature that names no signer (the DSSE
 * signatures a certificate may have made).
 */
@Stateless
public class CertificateService {

    @Inject
    private SigningCertificateRepository certificates;

    @Inject
    private UserRepository users;

    @Inject
    private SettingsService settings;

    @Inject
    private ContainerRepository containers;

    @Inject
    private SignatureJudge judge;

    @Inject
    private Audit audit;

    @Inject
    private Clock clock;

    /** The PEM bundle of the trusted certificate authorities; empty when there are none. Public, as CAs are. */
    public String authorities() {
        return settings.signingAuthorities();
    }

    /** Replaces the trusted certificate authorities (admins); a blank bundle trusts none. */
    public List<String> trustAuthorities(String pem, Caller caller) {
        caller.requireAdmin(ErrorKey.CERTIFICATE_AUTHORITIES_ADMIN_ONLY);
        CertificateAuthorities authorities = CertificateAuthorities.parse(pem);
        settings.storeSigningAuthorities(pem);
        List<String> subjects = authorities.roots().stream()
                .map(root -> root.getSubjectX500Principal().getName()).toList();
        audit.record(AuditAction.SETTINGS_CHANGED, caller, "signing certificate authorities", null,
                subjects.isEmpty() ? "none" : String.join("; ", subjects));
        rejudgeUnnamedSignatures();
        return subjects;
    }

    /** Adds the caller's signing certificate: the certificate first, then the intermediates that issued it. */
    public CertificateSummary add(String pem, Caller caller) {
        String username = caller.requireSignedIn();
        List<X509Certificate> chain = PemCertificates.parse("certificate", pem);
        CertificateAuthorities.parse(settings.signingAuthorities()).refusal(chain, clock.instant())
                .ifPresent(reason -> {
                    throw new InvalidInputException("certificate", ErrorKey.CERTIFICATE_NOT_TRUSTED, reason);
                });
        String fingerprint = SigningCertificate.fingerprintOf(chain.get(0));
        SigningCertificate known = certificates.findByFingerprint(fingerprint).orElse(null);
        if (known != null && known.custody().isRevoked()) {
            throw new ConflictException(ErrorKey.CERTIFICATE_REVOKED, fingerprint);
        }
        if (known != null && !known.custody().isOwnedBy(username)) {
            throw new ConflictException(ErrorKey.CERTIFICATE_OWNED_BY_OTHER, fingerprint);
        }
        if (known != null) {
            return CertificateSummary.of(known);
        }
        UserAccount owner = users.getOrCreate(username);
        SigningCertificate certificate = new SigningCertificate(chain, pem.strip() + "\n", owner, clock.instant());
        certificates.add(certificate);
        audit.record(AuditAction.CERTIFICATE_ADDED, caller, fingerprint, null, certificate.subject());
        rejudgeUnnamedSignatures();
        return CertificateSummary.of(certificate);
    }

    /** The caller's own certificates, newest first. */
    public List<CertificateSummary> mine(Caller caller) {
        return certificates.ofOwner(caller.requireSignedIn()).stream().map(CertificateSummary::of).toList();
    }

    /** Revokes a certificate: its owner or an admin. The images it signed show the signature as revoked. */
    public CertificateSummary revoke(String fingerprint, Caller caller) {
        String username = caller.requireSignedIn();
        String wanted = fingerprint == null ? "" : fingerprint.strip().replace(":", "").toUpperCase(Locale.ROOT);
        SigningCertificate certificate = certificates.findByFingerprint(wanted)
                .orElseThrow(() -> new NotFoundException(ErrorKey.CERTIFICATE_NOT_FOUND, fingerprint));
        if (!certificate.custody().isOwnedBy(username) && !caller.isAdmin()) {
            throw new AccessDeniedException(ErrorKey.CERTIFICATE_REVOKE_DENIED, certificate.fingerprint());
        }
        if (!certificate.custody().isRevoked()) {
            certificate.custody().revoke(username, clock.instant());
            audit.record(AuditAction.CERTIFICATE_REVOKED, caller, certificate.fingerprint(), null,
                    certificate.subject());
            rejudgeUnnamedSignatures();
        }
        return CertificateSummary.of(certificate);
    }

    private void rejudgeUnnamedSignatures() {
        UnaryOperator<ImageSignature> run = judge.newRun();
        for (Long id : containers.signedByUnnamed()) {
            containers.findForUpdate(id).ifPresent(container -> container.rejudgeSignatures(run));
        }
    }
}
