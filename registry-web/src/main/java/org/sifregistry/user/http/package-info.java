/**
 * The user feature's Undertow side, installed by {@code common.http.RegistryServletExtension}: the brake on guessing
 * passwords and API tokens, which must count failures where the container's authentication makes them, OCI
 * credentials brought to where they are checked, and what the handlers may know of a request's verified API token.
 */
package org.sifregistry.user.http;
