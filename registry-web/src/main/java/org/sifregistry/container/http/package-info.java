/**
 * The container feature's Undertow handler: anonymous metadata lookups answered from memory before the container's
 * sign-in and the servlets, installed by {@code common.http.RegistryServletExtension}.
 */
package org.sifregistry.container.http;
