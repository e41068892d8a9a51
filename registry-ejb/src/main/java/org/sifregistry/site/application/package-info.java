/**
 * Reading and changing the site settings, and the server configuration they start from.
 */
package org.sifregistry.site.application;
