/**
 * The registry's own HTTP API for containers, beside the shub and library protocols: topic tags.
 */
package org.sifregistry.container.rest;
