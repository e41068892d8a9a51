package org.sifregistry.user.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.Page;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.UserText;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.application.NewApiToken;
import org.sifregistry.user.application.TokenSpec;
import org.sifregistry.user.domain.ApiToken;
import org.sifregistry.user.domain.TokenScope;

/**
 * API tokens: a signed-in user's own, their teams' (robot tokens for CI pipelines, which act as the team and outlive
 * whoever made them), and for admins all of them; scripts sign in with HTTP basic. The secret appears once, in the
 * answer to its creation.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tokens")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class TokenResource {

    /** {@code collections}: the only ones it reaches (none: all); {@code team}: the team it belongs to (none: you). */
    public record TokenRequest(String name, String scope, Instant expiresAt, List<String> collections, String team) {
    }

    /**
     * A token as listed: never its secret. {@code owner} is whom it acts as (a team's robot for a team's token),
     * {@code createdBy} who made it, {@code collections} all it reaches (empty: every one its owner reaches).
     */
    @JsonbNillable
    public record TokenView(long id, String name, String scope, List<String> collections, String team, String owner,
                            String createdBy, Instant created, Instant expiresAt, Instant lastUsed, boolean revoked) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.scope().name().toLowerCase(Locale.ROOT),
                    token.collections().stream().sorted().toList(),
                    token.team().map(t -> t.name().value()).orElse(null),
                    token.owner().username(), token.creator().username(), token.created(), token.expiresAt(),
                    token.lastUsed(), token.revokedAt() != null);
        }
    }

    /** A token just made, with the secret that is shown this once. */
    @JsonbNillable
    public record NewTokenView(long id, String name, String scope, List<String> collections, String team,
                               String owner, Instant created, Instant expiresAt, String secret) {

        static NewTokenView of(NewApiToken created) {
            TokenView token = TokenView.of(created.token());
            return new NewTokenView(token.id(), token.name(), token.scope(), token.collections(), token.team(),
                    token.owner(), token.created(), token.expiresAt(), created.secret());
        }
    }

    public record TokenList(List<TokenView> items, long total) {
    }

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Caller caller;

    @POST
    @APIResponse(responseCode = "201", description = "The token, with its secret shown this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewTokenView.class)))
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", ErrorKey.TOKEN_BODY);
        }
        NewApiToken created = tokens.create(new TokenSpec(request.name(), scope(request.scope()), request.expiresAt(),
                request.collections(), request.team()), caller);
        return Response.status(Response.Status.CREATED).entity(NewTokenView.of(created)).build();
    }

    /** The caller's own tokens; with {@code team}, that team's (for its members); {@code all=true}: all (admins). */
    @GET
    public TokenList list(@QueryParam("team") String team, @QueryParam("all") boolean all,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        PageRequest request = new PageRequest(offset, limit);
        Page<ApiToken> page = all ? tokens.pageOfAll(request, caller)
                : team != null ? tokens.pageOfTeam(team, request, caller)
                : tokens.page(request, caller);
        return new TokenList(page.items().stream().map(TokenView::of).toList(), page.total());
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id, caller);
        return Response.noContent().build();
    }

    private static TokenScope scope(String scope) {
        try {
            return TokenScope.valueOf(scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scope", ErrorKey.TOKEN_SCOPE_UNKNOWN, UserText.quoted(scope));
        }
    }
}
