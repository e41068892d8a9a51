/**
 * The share feature's batch job: {@code purge-expired-shares} deletes links that expired long enough ago that
 * nobody needs to be told "expired" rather than "not found".
 */
package org.sifregistry.share.batch;
