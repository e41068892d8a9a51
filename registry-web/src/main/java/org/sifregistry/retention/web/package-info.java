/** The admin page of retention: the dry run of every collection, and a run now. */
package org.sifregistry.retention.web;
