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
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.UserText;
import org.sifregistry.user.application.ApiTokenService;
import org.sifregistry.user.application.NewApiToken;
import org.sifregistry.user.domain.ApiToken;
import org.sifregistry.user.domain.TokenScope;

/**
 * A signed-in user's API tokens; scripts sign in with HTTP basic.
 * The secret appears once, in the answer to its creation.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tokens")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class TokenResource {

    public record TokenRequest(String name, String scope, Instant expiresAt) {
    }

    /** A token as listed: never its secret. */
    @JsonbNillable
    public record TokenView(long id, String name, String scope, Instant created, Instant expiresAt, Instant lastUsed,
                            boolean revoked) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.scope().name().toLowerCase(Locale.ROOT),
                    token.created(), token.expiresAt(), token.lastUsed(), token.revokedAt() != null);
        }
    }

    /** A token just made, with the secret that is shown this once. */
    @JsonbNillable
    public record NewTokenView(long id, String name, String scope, Instant created, Instant expiresAt, String secret) {

        static NewTokenView of(NewApiToken created) {
            TokenView token = TokenView.of(created.token());
            return new NewTokenView(token.id(), token.name(), token.scope(), token.created(), token.expiresAt(),
                    created.secret());
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
        NewApiToken created = tokens.create(request.name(), scope(request.scope()), request.expiresAt(), caller);
        return Response.status(Response.Status.CREATED).entity(NewTokenView.of(created)).build();
    }

    @GET
    public TokenList list(@QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("50") int limit) {
        var page = tokens.page(new PageRequest(offset, limit), caller);
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
