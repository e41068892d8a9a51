/**
 * The API's side of people: API tokens, authenticating requests by bearer token, and refusing malformed credentials
 * and changes that only the web session signs.
 */
package org.sifregistry.user.rest;
