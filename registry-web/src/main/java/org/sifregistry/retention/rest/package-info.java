/** The API's side of retention: a collection's rules, the dry run, upcoming deletions and an admin's run. */
package org.sifregistry.retention.rest;
