/**
 * What every page of the web module shares: messages for the page, lazy tables over paged services, error pages,
 * formatting of sizes and instants, the admins-only filter of the admin pages and the session cookie's attributes.
 */
package org.sifregistry.common.web;
