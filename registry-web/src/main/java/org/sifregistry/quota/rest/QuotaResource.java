package org.sifregistry.quota.rest;

import java.util.Locale;

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

import org.sifregistry.common.Caller;
import org.sifregistry.quota.application.QuotaService;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.user.domain.ByteQuota;
import org.sifregistry.user.domain.TeamName;

/**
 * Quotas in bytes: {@code GET /api/quotas/users/{name}} and {@code /api/quotas/teams/{name}} for the account
 * itself (a team's members) and admins; {@code PUT} of {@code {"quota": "10 GiB"}} (or {@code "unlimited"}, or
 * {@code "default"} to follow REGISTRY_DEFAULT_USER_QUOTA or REGISTRY_DEFAULT_TEAM_QUOTA again) for admins.
 */
@Path("quotas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quotas")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class QuotaResource {

    /**
     * An account's quota and usage. {@code quota} is in bytes, null when unlimited; {@code quotaText} reads it
     * ("10 GiB", "unlimited").
     */
    public record QuotaAnswer(String account, String kind, Long quota, String quotaText, long usage,
                              int percentUsed) {

        static QuotaAnswer of(QuotaUse use) {
            return new QuotaAnswer(use.holder().name(), use.holder().kind().name().toLowerCase(Locale.ROOT),
                    use.quota().isUnlimited() ? null : use.quota().limit(), use.quota().toString(), use.usage(),
                    use.percentUsed());
        }
    }

    /** A quota as admins write it: bytes, with or without a binary unit, "unlimited" or "default". */
    public record QuotaChange(String quota) {

        /** The account's own quota; null: the default. */
        ByteQuota parsed() {
            return ByteQuota.parseOverride(quota).orElse(null);
        }
    }

    @Inject
    private QuotaService quotas;

    @Inject
    private Caller caller;

    @GET
    @Path("users/{username}")
    public QuotaAnswer user(@PathParam("username") String username) {
        return QuotaAnswer.of(quotas.ofUser(username, caller));
    }

    @PUT
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaAnswer setUser(@PathParam("username") String username, QuotaChange change) {
        return QuotaAnswer.of(quotas.setUserQuota(username, parsedOf(change), caller));
    }

    @GET
    @Path("teams/{team}")
    public QuotaAnswer team(@PathParam("team") String team) {
        return QuotaAnswer.of(quotas.ofTeam(new TeamName(team), caller));
    }

    @PUT
    @Path("teams/{team}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuotaAnswer setTeam(@PathParam("team") String team, QuotaChange change) {
        return QuotaAnswer.of(quotas.setTeamQuota(new TeamName(team), parsedOf(change), caller));
    }

    private static ByteQuota parsedOf(QuotaChange change) {
        return (change == null ? new QuotaChange(null) : change).parsed();
    }
}
