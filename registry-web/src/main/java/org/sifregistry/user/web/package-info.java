/**
 * Faces backing beans of the account, API tokens, teams and admin users pages; the caller of each request, for
 * pages and APIs alike; and recording each web sign-in with what the container learned of the user.
 */
package org.sifregistry.user.web;
