/**
 * The web pages' side of quotas: what admins type into the tables of users and teams to cap an account.
 */
package org.sifregistry.quota.web;
