/**
 * Starring and unstarring collections.
 */
package org.sifregistry.star.application;
