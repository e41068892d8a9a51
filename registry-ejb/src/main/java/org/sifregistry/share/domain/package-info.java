/**
 * Expiring share links to download one container without signing in.
 */
package org.sifregistry.share.domain;
