/**
 * A user's star on a favourite collection.
 */
package org.sifregistry.star.domain;
