package org.sifregistry.site.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.common.rest.AnyOrigin;
import org.sifregistry.site.application.CentralIndexService;
import org.sifregistry.site.application.CentralIndexService.RegistryFile;
import org.sifregistry.site.application.CentralIndexService.RegistryIdentity;

/**
 * {@code /api/registry/identity}, in the original registry's shape ({@code name}, {@code id}, {@code url}), which
 * the central index checks, readable from any origin; and the registry file an admin submits to the index.
 */
@Path("registry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "central index")
public class RegistryIdentityResource {

    @Inject
    private CentralIndexService index;

    @Inject
    private Caller caller;

    @GET
    @Path("identity{slash: /?}")
    @AnyOrigin
    @SecurityRequirementsSet({})
    public Identity identity() {
        RegistryIdentity identity = index.identity();
        return new Identity(identity.name(), identity.id(), identity.url());
    }

    /** The identity in the original's field order, which the index's checks print as they come. */
    @JsonbPropertyOrder({"name", "id", "url"})
    public record Identity(String name, String id, String url) {
    }

    /** The registry file to submit to the index, as a download; admins only. */
    @GET
    @Path("index-file")
    @Produces(MediaType.TEXT_PLAIN)
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "200", description = "The registry file, as an attachment",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response registryFile() {
        RegistryFile file = index.registryFile(caller);
        return Response.ok(file.text(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
