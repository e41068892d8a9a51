/** The admins' audit page: the trail, filtered, with its CSV export. */
package org.sifregistry.audit.web;
