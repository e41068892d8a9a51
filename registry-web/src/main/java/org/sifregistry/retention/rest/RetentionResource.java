package org.sifregistry.retention.rest;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.collection.domain.CollectionName;
import org.sifregistry.collection.domain.RetentionPolicy;
import org.sifregistry.common.Caller;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.retention.application.RetentionPlan;
import org.sifregistry.retention.application.RetentionService;
import org.sifregistry.retention.application.RetentionSettings;
import org.sifregistry.site.application.SettingsService;

/**
 * Retention rules: {@code GET}/{@code PUT /api/retention/collections/{name}} (its owners and admins change them);
 * {@code GET}/{@code PUT /api/retention/default}, the site's default rules for collections without their own (admins
 * change them);
 * {@code GET /api/retention/plan}, the dry run of the collections the caller manages (admins: all), or with
 * {@code within=N} what goes in the next N days; {@code POST /api/retention/run}, an admin's run, which deletes what
 * the dry run lists and answers what it deleted.
 */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "retention")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class RetentionResource {

    /**
     * A collection's rules (null: no such rule), whether it is protected from them, and the site's default rules,
     * which it follows while it has none of its own (only the first four are read when they are set).
     */
    @JsonbNillable
    public record Rules(Integer keepLastTags, Integer unpulledDays, Integer untaggedDays,
                        @JsonbProperty("protected") Boolean protectedCollection, DefaultRules siteDefault,
                        Boolean followsSiteDefault) {

        static Rules of(RetentionSettings settings) {
            RetentionPolicy policy = settings.policy();
            return new Rules(policy.keepLastTags(), policy.unpulledDays(), policy.untaggedDays(),
                    settings.protectedCollection(), DefaultRules.of(settings.siteDefault()),
                    settings.followsSiteDefault());
        }

        RetentionPolicy policy() {
            return new RetentionPolicy(keepLastTags, unpulledDays, untaggedDays);
        }
    }

    /** The site's default rules, for collections with none of their own (null: no such rule). */
    @JsonbNillable
    public record DefaultRules(Integer keepLastTags, Integer unpulledDays, Integer untaggedDays) {

        static DefaultRules of(RetentionPolicy policy) {
            return new DefaultRules(policy.keepLastTags(), policy.unpulledDays(), policy.untaggedDays());
        }

        RetentionPolicy policy() {
            return new RetentionPolicy(keepLastTags, unpulledDays, untaggedDays);
        }
    }

    @Inject
    private RetentionService retention;

    @Inject
    private SettingsService settings;

    @Inject
    private Caller caller;

    @GET
    @Path("collections/{name}")
    public Rules rules(@PathParam("name") String name) {
        return Rules.of(retention.settingsOf(new CollectionName(name), caller));
    }

    @PUT
    @Path("collections/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Rules setRules(@PathParam("name") String name, Rules rules) {
        if (rules == null) {
            throw new InvalidInputException("body", ErrorKey.RETENTION_BODY);
        }
        return Rules.of(retention.set(new CollectionName(name), rules.policy(),
                Boolean.TRUE.equals(rules.protectedCollection()), caller));
    }

    @GET
    @Path("default")
    public DefaultRules siteDefault() {
        return DefaultRules.of(settings.defaultRetention());
    }

    @PUT
    @Path("default")
    @Consumes(MediaType.APPLICATION_JSON)
    public DefaultRules setSiteDefault(DefaultRules rules) {
        if (rules == null) {
            throw new InvalidInputException("body", ErrorKey.RETENTION_BODY);
        }
        return DefaultRules.of(settings.setDefaultRetention(rules.policy(), caller));
    }

    @GET
    @Path("plan")
    public RetentionPlan plan(@QueryParam("within") @DefaultValue("0") int withinDays) {
        return withinDays <= 0 ? retention.dryRun(caller) : retention.upcoming(Duration.ofDays(withinDays), caller);
    }

    @POST
    @Path("run")
    public RetentionPlan run() {
        return retention.run(caller);
    }
}
