/**
 * User accounts as the container's sign-in makes them known.
 */
package org.sifregistry.user.application;
