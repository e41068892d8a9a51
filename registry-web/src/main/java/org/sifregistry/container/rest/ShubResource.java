package org.sifregistry.container.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.sifregistry.common.Caller;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.storage.ImageDigest;

/**
 * {@code shub://HOST/collection/name:tag}: the client asks here for a container and then fetches its {@code image}
 * URL without credentials, so that URL is signed. A private container needs an API token here.
 */
@Path("container/{collection}/{container}")
@Produces(MediaType.APPLICATION_JSON)
public class ShubResource {

    private static final Pattern BARE_DIGEST = Pattern.compile("@[0-9a-fA-F]{64}$");

    @Inject
    private ContainerService containers;

    @Inject
    private ImageDownloads downloads;

    @Inject
    private Caller caller;

    @GET
    public ShubContainer get(@PathParam("collection") String collection, @PathParam("container") String container) {
        ContainerDetails k = containers.details(ContainerRef.parse(collection + "/" + pinnedVersion(container)), caller);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("labels", k.labels());
        metadata.put("deffile", k.definitionFile());
        metadata.put("runscript", k.runscript());
        metadata.put("help", k.help());
        metadata.put("architecture", k.architecture());
        // Whether the header has been read yet (PENDING, PARSED, MALFORMED): the fields above are empty until then
        metadata.put("parseStatus", k.parseStatus().name());
        metadata.put("topics", k.topics());
        return new ShubContainer(k.id(), k.name(), k.tag(), k.collection(), k.version(),
                ImageDigest.parse(k.version()).hex(), k.size(), k.frozen(), k.created(),
                downloads.signedUrl(k.id(), k.version(), true).toString(), metadata);
    }

    /** shub clients pin a version as {@code @<hex>}; the registry writes {@code @sha256.<hex>}. */
    private static String pinnedVersion(String container) {
        return BARE_DIGEST.matcher(container).find()
                ? container.replace("@", "@" + ImageDigest.VERSION_PREFIX)
                : container;
    }
}
