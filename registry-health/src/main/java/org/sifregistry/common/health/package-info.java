/**
 * Readiness checks (MicroProfile Health, on the management interface's {@code /health/ready}) of the services every
 * feature relies on: the database, the message broker and the batch job repository. A load balancer sends a node no
 * traffic while one fails.
 */
package org.sifregistry.common.health;
