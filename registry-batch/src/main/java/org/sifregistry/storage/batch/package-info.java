/**
 * The nightly {@code collect-garbage} job: abandoned uploads, images no tag points at any more after a grace period,
 * their files once nothing uses them, and counted download events past the window that guards against redelivery.
 * And {@code migrate-storage}, which an admin starts to copy the images of the storage directory to the object store.
 */
package org.sifregistry.storage.batch;
