/**
 * What every HTTP API of the web module shares: the JAX-RS application, one JSON-B, the error envelope and the
 * exception mappers that answer with it, and the signing of URLs that work without a login.
 */
package org.sifregistry.common.rest;
