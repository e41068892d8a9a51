/**
 * Containers with their tags, labels and topic tags, and the reference ({@code collection/name:tag}) that names one.
 */
package org.sifregistry.container.domain;
