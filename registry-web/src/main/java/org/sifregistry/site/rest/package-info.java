/**
 * The HTTP API of the site: what the central index of Singularity registries reads of this one (its identity and
 * public collections, readable from any origin) and the registry file an admin submits to it.
 */
package org.sifregistry.site.rest;
