/** The audit trail for admins over HTTP: filtered and paged as JSON, or whole as CSV. */
package org.sifregistry.audit.rest;
