/**
 * Stars over HTTP, for scripts: star and unstar a collection, list the caller's stars.
 */
package org.sifregistry.star.rest;
