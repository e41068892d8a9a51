/**
 * The registry's meters, in WildFly's Micrometer registry (scraped in Prometheus text at the management
 * interface's {@code /prometheus}): one facade that every feature records through, so that no feature names meters.
 */
package org.sifregistry.common.metrics;
