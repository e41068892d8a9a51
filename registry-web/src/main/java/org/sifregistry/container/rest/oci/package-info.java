/**
 * {@code oras://}: the OCI Distribution API under {@code /v2/} (rewritten to {@code /api/oci/v2/} by
 * {@code WEB-INF/undertow-handlers.conf}), where each container name is a repository and each image a one-layer
 * SIF artifact, with the bearer-token authentication OCI clients expect and errors in the OCI form.
 */
package org.sifregistry.container.rest.oci;
