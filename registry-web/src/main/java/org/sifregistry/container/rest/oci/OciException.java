package org.sifregistry.container.rest.oci;

import java.util.Map;

/** An OCI API refusal with its code, answered by {@link OciExceptionMapper}; thrown only by this package. */
public class OciException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OciError code;
    private final int status;
    private final transient Object detail;
    private final transient Map<String, String> headers;

    public OciException(OciError code, String message) {
        this(code, code.status(), message, null, Map.of());
    }

    public OciException(OciError code, String message, Object detail) {
        this(code, code.status(), message, detail, Map.of());
    }

    public OciException(OciError code, int status, String message, Object detail, Map<String, String> headers) {
        super(message);
        this.code = code;
        this.status = status;
        this.detail = detail;
        this.headers = headers;
    }

    public OciError code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
