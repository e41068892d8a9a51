package org.sifregistry.common.http;

/**
 * The WebDAV status (RFC 4918) the registry answers that neither Jakarta REST's {@code Response.Status} nor the
 * servlet API names: a write refused because the image store or the database has no room left.
 */
public final class WebDavStatus {

    public static final int INSUFFICIENT_STORAGE = 507;

    private WebDavStatus() {
    }
}
