/**
 * Staging download events exactly once and folding them into counters, in the transaction of the caller; the
 * rankings and per-day figures of sizes, stars and downloads the statistics pages show.
 */
package org.sifregistry.stats.application;
