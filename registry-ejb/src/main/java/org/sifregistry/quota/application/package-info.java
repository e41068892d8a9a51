/**
 * Quotas in bytes: checked before and after every upload of every protocol, and reported to clients and pages.
 */
package org.sifregistry.quota.application;
