/**
 * Quotas in bytes: whom a collection's images count against, what each account holds, and the refusal of what
 * would not fit.
 */
package org.sifregistry.quota.domain;
