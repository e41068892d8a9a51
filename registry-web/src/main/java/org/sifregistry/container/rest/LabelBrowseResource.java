package org.sifregistry.container.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.common.PageRequest;
import org.sifregistry.common.rest.ConditionalGet;
import org.sifregistry.common.rest.Listing;
import org.sifregistry.common.rest.PageParameters;
import org.sifregistry.container.application.LabelService;
import org.sifregistry.container.domain.LabelKeyCount;
import org.sifregistry.container.domain.LabelValueCount;

/** The labels read from the visible containers' images: every key, a key's values, the containers with a value. */
@Path("browse/labels")
@Produces(MediaType.APPLICATION_JSON)
@ConditionalGet
@Tag(name = "browse")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class LabelBrowseResource {

    /** A container that carries the label, with the label's value. */
    public record LabelledContainer(String value, ContainerItem container) {
    }

    @Inject
    private LabelService labels;

    @Inject
    private Caller caller;

    /** @param search part of the key */
    @GET
    public Listing<LabelKeyCount> keys(@QueryParam("search") String search, @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        return Listing.of(labels.keys(search, page, caller), labels.countKeys(search, caller), page);
    }

    @GET
    @Path("{key}")
    public Listing<LabelValueCount> values(@PathParam("key") String key, @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        return Listing.of(labels.values(key, page, caller), labels.countValues(key, caller), page);
    }

    @GET
    @Path("{key}/{value}")
    public Listing<LabelledContainer> carriers(@PathParam("key") String key, @PathParam("value") String value,
                                               @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        return Listing.of(labels.carriers(key, value, page, caller).stream()
                        .map(c -> new LabelledContainer(c.value(), ContainerItem.of(c.container()))).toList(),
                labels.countCarriers(key, value, caller), page);
    }
}
