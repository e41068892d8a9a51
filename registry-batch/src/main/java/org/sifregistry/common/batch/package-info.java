/**
 * What every job shares: listeners that log each run and record why a step failed, starting and restarting runs on
 * this node with the node recorded, the restart of runs a stopped or crashed server (or a node gone from the
 * cluster) interrupted, and the job history the admin page shows.
 */
package org.sifregistry.common.batch;
