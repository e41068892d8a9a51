/** The audit trail: who did what to which image or collection, when, from where, and how it ended. */
package org.sifregistry.audit.domain;
