package org.sifregistry.container.rest.library;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.common.NotSignedInException;
import org.sifregistry.common.rest.ApiError;
import org.sifregistry.container.rest.library.LibraryModels.Data;
import org.sifregistry.container.rest.library.LibraryModels.TokenStatus;
import org.sifregistry.container.rest.library.LibraryModels.Version;
import org.sifregistry.site.application.RegistryConfig;

/** How a library client discovers the registry: its service URLs, its API version and whether its token works. */
@Path("library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library")
@SecurityRequirementsSet({})
public class LibraryInfoResource {

    /** 2.0.0-alpha.1 selects v2 uploads, alpha.2 per-architecture tags; the client asks before each push. */
    static final String API_VERSION = "2.0.0-alpha.2";
    private static final String REGISTRY_VERSION = "1.0.0";

    @Inject
    private RegistryConfig config;

    @Inject
    private Caller caller;

    /** The keystore answers HKP here too ({@code /pks/...}): {@code apptainer key} and the pull's signature check. */
    @GET
    @Path("assets/config/config.prod.json")
    public Map<String, Map<String, String>> services() {
        Map<String, String> here = Map.of("uri", config.baseUrl().toString());
        return Map.of("libraryAPI", here, "keystoreAPI", here, "tokenAPI", here);
    }

    @GET
    @Path("version")
    public Data<Version> version() {
        return new Data<>(new Version(REGISTRY_VERSION, API_VERSION));
    }

    /** The bearer-token filter has already refused a bad token; no token at all is refused here. */
    @GET
    @Path("v1/token-status")
    @SecurityRequirement(name = "apiToken")
    @SecurityRequirement(name = "basic")
    public Data<TokenStatus> tokenStatus() {
        if (caller.isAnonymous()) {
            throw new NotSignedInException();
        }
        return new Data<>(new TokenStatus("valid"));
    }

    /** Newer clients ask whether to use OCI instead; a 404 keeps them on the library protocol. */
    @GET
    @Path("v1/oci-redirect{rest: (/.*)?}")
    @APIResponse(responseCode = "404", ref = "#/components/responses/Error",
            description = "Always: the registry speaks the library protocol, not OCI")
    public Response ociRedirect() {
        return ApiError.response(Response.Status.NOT_FOUND, "This registry speaks the library protocol, not OCI");
    }
}
