/**
 * Making, resolving and revoking share links.
 */
package org.sifregistry.share.application;
