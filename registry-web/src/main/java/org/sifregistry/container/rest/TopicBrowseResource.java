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
import org.sifregistry.container.application.TopicService;
import org.sifregistry.container.domain.TopicCount;

/** The topic tags of the visible containers, and the containers tagged with one. */
@Path("browse/topics")
@Produces(MediaType.APPLICATION_JSON)
@ConditionalGet
@Tag(name = "browse")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class TopicBrowseResource {

    @Inject
    private TopicService topics;

    @Inject
    private Caller caller;

    /** @param search part of the topic */
    @GET
    public Listing<TopicCount> topics(@QueryParam("search") String search, @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        return Listing.of(topics.topics(search, page, caller), topics.countTopics(search, caller), page);
    }

    @GET
    @Path("{topic}")
    public Listing<ContainerItem> containers(@PathParam("topic") String topic, @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        return Listing.of(topics.containers(topic, page, caller).stream().map(ContainerItem::of).toList(),
                topics.countContainers(topic, caller), page);
    }
}
