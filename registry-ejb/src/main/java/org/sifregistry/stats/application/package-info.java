/** Staging download events exactly once and folding them into counters, in the transaction of the caller. */
package org.sifregistry.stats.application;
