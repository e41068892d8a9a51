/**
 * The retention feature's batch job: {@code apply-retention} deletes, every night, what the retention rules of the
 * collections let go, exactly what the dry run lists at that moment.
 */
package org.sifregistry.retention.batch;
