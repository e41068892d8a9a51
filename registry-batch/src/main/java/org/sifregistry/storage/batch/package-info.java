/**
 * The nightly {@code collect-garbage} job: abandoned uploads, images no tag points at any more after a grace period,
 * their files once nothing uses them, and counted download events past the window that guards against redelivery.
 */
package org.sifregistry.storage.batch;
