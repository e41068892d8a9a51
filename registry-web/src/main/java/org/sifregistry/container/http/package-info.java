/**
 * The container feature's Undertow handler: metadata lookups answered from memory before the container's
 * sign-in and the servlets, each computed by one request at a time, installed by
 * {@code common.http.RegistryServletExtension}.
 */
package org.sifregistry.container.http;
