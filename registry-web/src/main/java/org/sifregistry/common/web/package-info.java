/**
 * What every page of the web module shares: messages for the page, lazy tables over paged services, error pages,
 * formatting of sizes and instants, the admins-only filter of the admin pages, the session cookie's attributes, the
 * short life of sessions whose client never came back, and the flash cookie's key.
 */
package org.sifregistry.common.web;
