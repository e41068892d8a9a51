package org.sifregistry.collection.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sifregistry.collection.application.CollectionService;
import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.SignedOnly;
import org.sifregistry.common.Caller;

/**
 * Which images a collection takes: {@code GET}/{@code PUT /api/collections/{name}/signed-only} with
 * {@code {"rule":"OFF"|"VERIFIED"|"MEMBERS"}} (its owners and admins change it).
 */
@Path("collections/{name}/signed-only")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collections")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class CollectionSigningResource {

    /** The rule: OFF (any image), VERIFIED (a verified signature), MEMBERS (a verified signature by a member). */
    public record Rule(String rule) {
    }

    @Inject
    private CollectionService collections;

    @Inject
    private Caller caller;

    @GET
    public Rule rule(@PathParam("name") String name) {
        return new Rule(collections.details(new CollectionName(name), caller).signedOnly().name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Rule setRule(@PathParam("name") String name, Rule rule) {
        SignedOnly parsed = SignedOnly.parse(rule == null ? null : rule.rule());
        return new Rule(collections.acceptOnly(new CollectionName(name), parsed, caller).signedOnly().name());
    }
}
