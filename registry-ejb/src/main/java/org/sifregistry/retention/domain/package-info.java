/**
 * Retention: which tags and images the rules of their collection let go, and when ({@link
 * org.sifregistry.retention.domain.RetentionPlanner}), read from the containers, images and download days.
 */
package org.sifregistry.retention.domain;
