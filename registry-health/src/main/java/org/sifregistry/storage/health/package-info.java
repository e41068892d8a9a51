/**
 * The image store's readiness check (MicroProfile Health): the server takes no traffic while the store cannot take
 * an upload, unwritable or below its free-space floor.
 */
package org.sifregistry.storage.health;
