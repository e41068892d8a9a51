/**
 * The user feature's Undertow handler: the brake on guessing passwords and API tokens, which must count failures
 * where the container's authentication makes them, installed by {@code common.http.RegistryServletExtension}.
 */
package org.sifregistry.user.http;
