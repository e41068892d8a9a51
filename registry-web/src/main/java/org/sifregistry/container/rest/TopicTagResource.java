package org.sifregistry.container.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.domain.TopicName;

/**
 * A container's topic tags, as its page's chips set them: {@code {container}} is {@code name} or {@code name:tag}
 * (tag {@code latest} when left out). Owners and contributors of the collection may change them; adding a topic
 * the container has, or removing one it lacks, changes nothing.
 */
@Path("containers/{collection}/{container}/topics/{topic}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "topics")
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class TopicTagResource {

    /** The container's topic tags after the change, by name. */
    public record ContainerTopics(String container, List<String> topics) {

        static ContainerTopics of(Container container) {
            return new ContainerTopics(container.ref().toString(),
                    container.topicTags().stream().map(t -> t.name().value()).sorted().toList());
        }
    }

    @Inject
    private ContainerService containers;

    @Inject
    private Caller caller;

    @PUT
    public ContainerTopics add(@PathParam("collection") String collection, @PathParam("container") String container,
                               @PathParam("topic") String topic) {
        return ContainerTopics.of(containers.addTopicTag(ref(collection, container), new TopicName(topic), caller));
    }

    @DELETE
    public ContainerTopics remove(@PathParam("collection") String collection,
                                  @PathParam("container") String container, @PathParam("topic") String topic) {
        return ContainerTopics.of(containers.removeTopicTag(ref(collection, container), new TopicName(topic), caller));
    }

    private static ContainerRef ref(String collection, String container) {
        return ContainerRef.parse(collection + "/" + container);
    }
}
