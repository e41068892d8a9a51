package org.sifregistry.common.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The {@code ETag} of a {@link ConditionalGet} answer is the digest of its body, so it changes exactly when what the
 * caller sees changes (a star, a pull, another caller's rights), on every node of a cluster alike; a request that
 * names it in {@code If-None-Match} gets 304 and no body. The body is written here, once, to be digested.
 */
@Provider
@ConditionalGet
public class ConditionalGetFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != Response.Status.OK.getStatusCode()
                || !response.hasEntity()) {
            return;
        }
        byte[] body = SharedJsonb.jsonb().toJson(response.getEntity()).getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(digest(body));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        // The answer depends on who asks: shared caches must not keep it, the client must ask again each time
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** {@code If-None-Match} compares weakly (RFC 9110 §13.1.2): a proxy may have weakened the tag. */
    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.replaceFirst("^W/", "").equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
