/**
 * Download statistics: each pull staged once by its event id, then folded into the container's and collection's
 * counters and the per-day counts the charts show; the queries that rank and sum sizes, stars and downloads.
 */
package org.sifregistry.stats.domain;
