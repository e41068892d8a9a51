/**
 * What every job shares: listeners that log each run and record why a step failed, the restart of runs a stopped
 * or crashed server interrupted, and the job history the admin page shows.
 */
package org.sifregistry.common.batch;
