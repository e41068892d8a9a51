/**
 * The {@code update-downloads} job, started every few seconds while staged download events wait: it folds them into
 * the download counters in chunks, each chunk one transaction.
 */
package org.sifregistry.stats.batch;
