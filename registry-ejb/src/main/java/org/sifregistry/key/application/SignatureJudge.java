package org.sifregistry.key.application;

import java.time.Clock;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.key.domain.PgpKeyRepository;
import org.sifregistry.key.domain.SigningCertificateRepository;
import org.sifregistry.site.application.SettingsService;

/**
 * Tells whether an image's signature is genuine; joins the caller's transaction. An OpenPGP signature is checked with
 * the keystore's key of its signer. A DSSE signature (an X.509 certificate's or a PEM key's) names no signer: it is
 * verified when the key of an uploaded certificate made it and the trusted authorities vouch for that certificate
 * now. A signature whose message was not kept (read before the keystore, or too large) is left as it is.
 */
@ApplicationScoped
public class SignatureJudge {

    @Inject
    private PgpKeyRepository keys;

    @Inject
    private SigningCertificateRepository certificates;

    @Inject
    private SettingsService settings;

    @Inject
    private Clock clock;

    /**
     * A judge for one run: one image's signatures, or every image a changed key or certificate concerns. It reads and
     * parses each key, the certificates and the authorities once for the whole run; use it within one transaction.
     */
    public UnaryOperator<ImageSignature> newRun() {
        return new JudgingRun(keys, certificates::all, settings::signingAuthorities, clock.instant());
    }
}
