/**
 * The container HTTP APIs besides the library protocol: shub manifests, and the signed image downloads that the
 * shub, library and share-link APIs hand out.
 */
package org.sifregistry.container.rest;
