/**
 * The container HTTP APIs besides the library protocol: shub manifests, the signed image downloads that the
 * shub, library and share-link APIs hand out, and the registry's own API for topic tags.
 */
package org.sifregistry.container.rest;
