package org.sifregistry.key.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sifregistry.common.Caller;
import org.sifregistry.key.application.CertificateService;
import org.sifregistry.key.application.CertificateSummary;

/**
 * X.509 signing certificates for scripts: {@code GET /api/certificates} lists the caller's, {@code POST} adds one in
 * PEM (as {@code text/plain}: the certificate, then its intermediates), {@code DELETE /api/certificates/{fingerprint}}
 * revokes one (its owner or an admin). {@code GET /api/certificates/authorities} gives the trusted certificate
 * authorities in PEM (to anyone), {@code PUT} replaces them (admins).
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "keystore")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class CertificateResource {

    /** The subjects of the certificate authorities now trusted. */
    public record Authorities(List<String> subjects) {
    }

    @Inject
    private CertificateService certificates;

    @Inject
    private Caller caller;

    @GET
    public List<CertificateSummary> mine() {
        return certificates.mine(caller);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public CertificateSummary add(String pem) {
        return certificates.add(pem, caller);
    }

    @DELETE
    @Path("{fingerprint}")
    public CertificateSummary revoke(@PathParam("fingerprint") String fingerprint) {
        return certificates.revoke(fingerprint, caller);
    }

    @GET
    @Path("authorities")
    @Produces(MediaType.TEXT_PLAIN)
    public String authorities() {
        return certificates.authorities();
    }

    @PUT
    @Path("authorities")
    @Consumes(MediaType.TEXT_PLAIN)
    public Authorities trustAuthorities(String pem) {
        return new Authorities(certificates.trustAuthorities(pem, caller));
    }
}
