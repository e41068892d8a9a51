package org.sifregistry.common.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The HTTP APIs the command-line clients speak: shub ({@code /api/container/...}), the Sylabs library protocol
 * ({@code /api/library/...}, also answered at the root: {@code WEB-INF/undertow-handlers.conf} rewrites
 * {@code /v1/*}, {@code /v2/*}, {@code /version} and the client configuration there before dispatch), the OCI
 * Distribution API of {@code oras://} ({@code /api/oci/v2/...}, where the same file rewrites {@code /v2/},
 * {@code /v2/token} and the {@code /v2/<name>/manifests|blobs|tags|referrers/...} paths first), the HKP keystore
 * ({@code /api/pks/...}, rewritten from {@code /pks/...}), API tokens and image downloads. Faces keeps every other path.
 */
@ApplicationPath("api")
public class RegistryApi extends Application {
}
