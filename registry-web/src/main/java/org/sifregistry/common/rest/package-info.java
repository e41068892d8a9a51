/**
 * What every HTTP API of the web module shares: the JAX-RS application, one JSON-B, the error envelope and the
 * exception mappers that answer with it, the signing of URLs that work without a login, and what the API's OpenAPI
 * description says of all of them (ApiDocumentFilter).
 */
package org.sifregistry.common.rest;
