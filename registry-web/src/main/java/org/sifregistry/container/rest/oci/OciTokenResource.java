package org.sifregistry.container.rest.oci;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ArtifactService;
import org.sifregistry.container.application.RepositoryAccess;
import org.sifregistry.site.application.RegistryConfig;
import org.sifregistry.user.application.TokenHolder;
import org.sifregistry.user.web.TokenAuthentication;

/**
 * {@code /v2/token}, the realm of the OCI API's challenge: a short-lived token for the repositories and actions in
 * {@code scope} ({@code repository:<name>:pull,push}, repeated or space-separated), granted by the access rules to
 * whoever the request authenticates: HTTP basic with a password or with an API token as the password, or no one
 * (pull of public content). {@code GET} is Docker's token protocol; {@code POST} the OAuth2 password form that
 * Apptainer 1.0-1.2 tries first, whose credentials {@code OciCredentialsHandler} has already turned into HTTP basic
 * so that the container signs them in (and the sign-in limits count them) as any other.
 */
@Path("oci/v2/token")
@OciApi
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "oci")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "apiToken")
public class OciTokenResource {

    @Inject
    private ArtifactService artifacts;

    @Inject
    private RegistryTokens tokens;

    @Inject
    private RegistryConfig config;

    @Inject
    private Clock clock;

    @Inject
    private TokenAuthentication apiToken;

    @Inject
    private Caller caller;

    /** What both forms answer; {@code token} and {@code access_token} are the same, for either kind of client. */
    public record TokenAnswer(String token, @JsonbProperty("access_token") String accessToken,
                              @JsonbProperty("expires_in") long expiresIn, @JsonbProperty("issued_at") String issuedAt) {
    }

    @GET
    public TokenAnswer get(@QueryParam("scope") List<String> scopes) {
        return issue(scopes);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequestBody(description = "The OAuth2 password form: grant_type=password, username, password and scope",
            required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenAnswer.class)))
    @APIResponse(responseCode = "400",
            description = "grant_type is not password: {\"error\":\"unsupported_grant_type\"}",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    public Response post(@Context HttpServletRequest request) {
        String grant = request.getParameter("grant_type");
        if (!"password".equals(grant)) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", "unsupported_grant_type")).build();
        }
        String[] scopes = request.getParameterValues("scope");
        return Response.ok(issue(scopes == null ? List.of() : Arrays.asList(scopes))).build();
    }

    private TokenAnswer issue(List<String> scopes) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Set<String>> access = new LinkedHashMap<>();
        scopes.stream().flatMap(s -> Arrays.stream(s.split(" "))).filter(s -> !s.isBlank())
                .forEach(scope -> grant(scope, access));
        Long apiTokenId = apiToken.holder().map(TokenHolder::tokenId).orElse(null);
        String token = tokens.issue(new RegistryToken(caller, access, now, now.plus(RegistryTokens.LIFETIME),
                apiTokenId));
        return new TokenAnswer(token, token, RegistryTokens.LIFETIME.toSeconds(), now.toString());
    }

    /** Adds what {@code repository:<name>:<actions>} grants; other kinds of scope grant nothing. */
    private void grant(String scope, Map<String, Set<String>> access) {
        int first = scope.indexOf(':');
        int last = scope.lastIndexOf(':');
        if (first < 0 || first == last || !"repository".equals(scope.substring(0, first))) {
            return;
        }
        String name = scope.substring(first + 1, last);
        Set<String> asked = Set.of(scope.substring(last + 1).split(","));
        Set<String> granted = access.computeIfAbsent(name, n -> new TreeSet<>());
        RepositoryName.tryParse(name, config.libraryDefaultCollection()).ifPresent(repository -> {
            RepositoryAccess rules = artifacts.access(repository.collection(), caller);
            // who may push may pull, even before a first push has made the collection (RepositoryAccess.CREATE)
            if ((rules.pull() || rules.push()) && (asked.contains(RegistryToken.PULL) || asked.contains("*"))) {
                granted.add(RegistryToken.PULL);
            }
            boolean pushToken = apiToken.holder().map(h -> h.scope().allowsPush()).orElse(true);
            if (rules.push() && pushToken && (asked.contains(RegistryToken.PUSH) || asked.contains("*"))) {
                granted.add(RegistryToken.PUSH);
            }
        });
    }
}
