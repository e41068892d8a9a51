/** The consumer of the download queue: every pull's event lands in the staging table before the broker forgets it. */
package org.sifregistry.stats.messaging;
