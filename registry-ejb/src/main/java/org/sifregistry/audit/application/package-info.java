/**
 * Recording audit events after the change they describe commits, off the request's thread, and reading them back
 * for admins.
 */
package org.sifregistry.audit.application;
