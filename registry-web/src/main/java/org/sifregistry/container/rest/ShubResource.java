package org.sifregistry.container.rest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.sifregistry.audit.application.Audit;
import org.sifregistry.audit.domain.AuditAction;
import org.sifregistry.common.Caller;
import org.sifregistry.common.metrics.Protocol;
import org.sifregistry.container.application.ContainerDetails;
import org.sifregistry.container.application.ContainerService;
import org.sifregistry.container.application.ImageService;
import org.sifregistry.container.domain.ContainerNotFoundException;
import org.sifregistry.container.domain.ContainerRef;
import org.sifregistry.container.http.LookupCacheHandler;
import org.sifregistry.storage.ImageDigest;

/**
 * {@code shub://HOST/collection/name:tag}: the client asks here for a container and then fetches its {@code image}
 * URL without credentials, so that URL is signed. A private container needs an API token here.
 */
@Path("container/{collection}/{container}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shub")
@SecurityRequirementsSet({})
@SecurityRequirement(name = "apiToken")
@SecurityRequirement(name = "basic")
public class ShubResource {

    private static final Pattern PINNED = Pattern.compile("@([0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})$");

    @Inject
    private ContainerService containers;

    @Inject
    private ImageService images;

    @Inject
    private ImageDownloads downloads;

    @Inject
    private Caller caller;

    @Inject
    private Audit audit;

    @Context
    private HttpServletResponse response;

    @GET
    public ShubContainer get(@PathParam("collection") String collection, @PathParam("container") String container) {
        ContainerDetails k = containers.details(ref(collection, container), caller);
        if (k.privateCollection()) {
            audit.record(AuditAction.PRIVATE_PULL, caller, k.ref(), k.version(), "shub");
            // Every such pull must reach this method to be audited, so the lookup cache may not keep the answer
            response.setHeader(HttpHeaders.CACHE_CONTROL, LookupCacheHandler.NOT_KEPT);
        }
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
                downloads.signedUrl(k.id(), k.version(), true, Protocol.SHUB).toString(), metadata);
    }

    /**
     * The container a shub ref names. The registry writes a pinned version as {@code @sha256.<hex>}; Apptainer's
     * shub refs pin one by 32 or 40 hex digits only, read here as the start of the sha256 of one of the name's
     * images, and the whole 64 are taken too.
     */
    private ContainerRef ref(String collection, String container) {
        Matcher pinned = PINNED.matcher(container);
        if (!pinned.find()) {
            return ContainerRef.parse(collection + "/" + container);
        }
        String name = container.substring(0, pinned.start());
        String hex = pinned.group(1).toLowerCase(Locale.ROOT);
        if (hex.length() == ImageDigest.HEX_LENGTH) {
            return ContainerRef.parse(collection + "/" + name + "@" + ImageDigest.VERSION_PREFIX + hex);
        }
        ContainerRef unpinned = ContainerRef.parse(collection + "/" + name);
        ImageDigest version = images.versionStartingWith(unpinned.collection(), unpinned.name(), hex, caller)
                .orElseThrow(() -> new ContainerNotFoundException(unpinned));
        return new ContainerRef(unpinned.collection(), unpinned.name(), null, version);
    }
}
