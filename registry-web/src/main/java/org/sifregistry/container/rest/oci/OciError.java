package org.sifregistry.container.rest.oci;

/** The error codes of the OCI Distribution specification, each with the status it usually comes with. */
public enum OciError {
    BLOB_UNKNOWN(404),
    BLOB_UPLOAD_INVALID(400),
    BLOB_UPLOAD_UNKNOWN(404),
    DIGEST_INVALID(400),
    MANIFEST_BLOB_UNKNOWN(404),
    MANIFEST_INVALID(400),
    MANIFEST_UNKNOWN(404),
    NAME_INVALID(400),
    NAME_UNKNOWN(404),
    TAG_INVALID(400),
    SIZE_INVALID(400),
    UNAUTHORIZED(401),
    DENIED(403),
    UNSUPPORTED(405),
    TOOMANYREQUESTS(429),
    /** Not in the specification: what the reference registry (distribution) answers when it fails itself. */
    UNKNOWN(500);

    private final int status;

    OciError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /**
     * The code for an error answer of the registry's shared mappers, which know only its status: by the status and
     * what the request was about ({@code path} under {@code /v2/}), so that a service refusing a blob upload or a
     * manifest reads as such.
     */
    static OciError forStatus(int status, String path) {
        boolean upload = path.contains("/blobs/uploads");
        boolean manifest = path.contains("/manifests/");
        boolean blob = path.contains("/blobs/");
        return switch (status) {
            case 400 -> upload ? BLOB_UPLOAD_INVALID : manifest ? MANIFEST_INVALID : UNSUPPORTED;
            case 401 -> UNAUTHORIZED;
            case 403, 409 -> DENIED;
            case 404 -> upload ? BLOB_UPLOAD_UNKNOWN : manifest ? MANIFEST_UNKNOWN : blob ? BLOB_UNKNOWN : NAME_UNKNOWN;
            case 413 -> SIZE_INVALID;
            case 429 -> TOOMANYREQUESTS;
            default -> status >= 500 ? UNKNOWN : UNSUPPORTED;
        };
    }
}
