/**
 * Use cases of people: accounts recorded at sign-in and the roles admins grant, API tokens, teams and their members,
 * and the namespaces (user or team) library pushes are made under.
 */
package org.sifregistry.user.application;
