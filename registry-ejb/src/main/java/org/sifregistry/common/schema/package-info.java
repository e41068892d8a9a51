/**
 * The database schema's history: Flyway's migrations (resources {@code db/migration/h2} and
 * {@code db/migration/mariadb}), run before the persistence unit signs in.
 */
package org.sifregistry.common.schema;
