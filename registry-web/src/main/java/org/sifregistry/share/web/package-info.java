/**
 * The share dialog of the container page: making, listing and revoking share links.
 */
package org.sifregistry.share.web;
