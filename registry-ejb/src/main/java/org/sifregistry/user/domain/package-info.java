/**
 * User accounts, the API tokens that act for them, and teams.
 */
package org.sifregistry.user.domain;
