package org.sifregistry.key.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sifregistry.common.Caller;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.rest.Listing;
import org.sifregistry.common.rest.PageParameters;
import org.sifregistry.key.application.KeyService;
import org.sifregistry.key.application.KeySummary;

/**
 * Keys for scripts: {@code GET /api/keys} lists the caller's, {@code GET /api/keys/all?q=} every key (admins),
 * {@code POST /api/keys} adds an armored block (as {@code text/plain}), {@code DELETE /api/keys/{fingerprint}}
 * revokes a key (its owner or an admin).
 */
@Path("keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "keystore")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class KeyResource {

    @Inject
    private KeyService keys;

    @Inject
    private Caller caller;

    @GET
    public List<KeySummary> mine() {
        return keys.mine(caller);
    }

    @GET
    @Path("all")
    public Listing<KeySummary> all(@QueryParam("q") String search, @BeanParam PageParameters page) {
        PageRequest request = page.request();
        Page<KeySummary> found = keys.all(search, request, caller);
        return Listing.of(found.items(), found.total(), request);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public List<KeySummary> add(String armored) {
        return keys.add(armored, caller);
    }

    @DELETE
    @Path("{fingerprint}")
    public KeySummary revoke(@PathParam("fingerprint") String fingerprint) {
        return keys.revoke(fingerprint, caller);
    }
}
